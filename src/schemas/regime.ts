/** A multilateral regime or treaty and its member list, in content and as published. */
import { z } from 'astro/zod';
import { MEMBER_STATUSES, REGIME_IDS, type MemberStatus } from './regime-ids.ts';
import { isoDate, jurisdictionCode, partialDate, plainText, publishedDate, publishedPartialDate, slug } from './primitives.ts';
import { publishedSourceSchema, sourceSchema } from './source.ts';
import { VERIFICATION_LEVELS } from './fact.ts';

export { MEMBER_STATUSES, REGIME_IDS, type MemberStatus };

const status = z.enum(MEMBER_STATUSES as [MemberStatus, ...MemberStatus[]], { error: `expected one of ${MEMBER_STATUSES.join(', ')}` });

function memberShape(date: z.ZodType<string, unknown>) {
  return {
    id: jurisdictionCode,
    status,
    /** When the state became a member or party, as precisely as the source gives it. */
    joined: date.optional(),
    source: slug.optional(),
    note: plainText().optional(),
  };
}

export const memberSchema = z.strictObject(memberShape(partialDate));

/**
 * Whether the list names every member. "Not a member" is derived for an unlisted state only from a
 * `complete` list, which says as of when and from which source it is complete.
 */
function memberListShape(date: z.ZodType<string, unknown>) {
  return {
    complete: z.boolean({ error: 'expected true (every member is listed) or false' }),
    asOf: date,
    source: slug,
    note: plainText().optional(),
  };
}

const regimeSourceSchema = sourceSchema.extend({
  verification: z.enum(VERIFICATION_LEVELS, { error: `expected one of ${VERIFICATION_LEVELS.join(', ')}` }),
});

export const regimeSchema = z.strictObject({
  id: z.enum(REGIME_IDS, { error: `expected one of ${REGIME_IDS.join(', ')}` }),
  name: z.string().min(1),
  /** A name short enough for page titles and lists, e.g. "Wassenaar Arrangement". */
  shortName: z.string().min(1).max(60).optional(),
  kind: z.enum(['regime', 'treaty']),
  established: partialDate.optional(),
  summary: plainText(),
  note: plainText().optional(),
  memberList: z.strictObject(memberListShape(partialDate), {
    error: 'expected memberList: { complete: true or false, asOf: date of the list, source: id of the list’s source }',
  }),
  lastReviewed: isoDate,
  sources: z.array(regimeSourceSchema).min(1),
  members: z.array(memberSchema).min(1),
});

export type Regime = z.output<typeof regimeSchema>;
export type Member = z.output<typeof memberSchema>;

export const publishedRegimeSchema = z
  .object({
    id: z.enum(REGIME_IDS),
    name: z.string(),
    shortName: z.string().optional(),
    kind: z.enum(['regime', 'treaty']),
    summary: z.string(),
    established: publishedPartialDate.optional(),
    note: z.string().optional(),
    memberList: z.object(memberListShape(publishedPartialDate)),
    lastReviewed: publishedDate,
    url: z.string(),
    sources: z.array(publishedSourceSchema.extend({ verification: z.enum(VERIFICATION_LEVELS) })),
    members: z.array(z.object(memberShape(publishedPartialDate)).meta({ id: 'Member' })),
  })
  .meta({ id: 'Regime' });

export type PublishedRegime = z.output<typeof publishedRegimeSchema>;
