/** A multilateral regime or treaty and its complete membership. */
import { z } from 'astro/zod';
import { isoDate, jurisdictionCode, plainText, slug } from './primitives.ts';
import { checkSourceReferences, sourceSchema } from './source.ts';

export const REGIME_IDS = ['wassenaar', 'nsg', 'mtcr', 'australia-group', 'zangger', 'att', 'cwc', 'bwc'] as const;

/** How a state stands towards a regime. Adherence and observer status are not membership. */
export const MEMBER_STATUSES = ['participant', 'state-party', 'signatory', 'adherent', 'observer'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** How each status reads on the site, wherever it is shown. */
export const MEMBER_STATUS_LABELS: Record<MemberStatus, string> = {
  participant: 'Participant',
  'state-party': 'State party',
  signatory: 'Signatory (not ratified)',
  adherent: 'Adheres unilaterally (not a member)',
  observer: 'Observer',
};

export const memberSchema = z.strictObject({
  id: jurisdictionCode,
  status: z.enum(MEMBER_STATUSES, { error: `expected one of ${MEMBER_STATUSES.join(', ')}` }),
  joined: isoDate.optional(),
  source: slug.optional(),
  note: plainText().optional(),
});

export const regimeSchema = z
  .strictObject({
    id: z.enum(REGIME_IDS, { error: `expected one of ${REGIME_IDS.join(', ')}` }),
    name: z.string().min(1),
    /** A name short enough for page titles and lists, e.g. "Wassenaar Arrangement". */
    shortName: z.string().min(1).max(60).optional(),
    kind: z.enum(['regime', 'treaty']),
    established: isoDate.optional(),
    summary: plainText(),
    note: plainText().optional(),
    /** `complete`: every member is listed. `profiled-only`: only the jurisdictions profiled in the atlas are listed. */
    memberList: z.enum(['complete', 'profiled-only']).default('complete'),
    lastReviewed: isoDate,
    sources: z.array(sourceSchema.extend({ verification: z.enum(['primary', 'secondary', 'unverified']) })).min(1),
    members: z.array(memberSchema).min(1),
  })
  .check((ctx) => {
    const { sources, members } = ctx.value;
    const seen = new Set<string>();
    members.forEach((member, index) => {
      if (seen.has(member.id)) {
        ctx.issues.push({ code: 'custom', input: member.id, path: ['members', index, 'id'], message: `"${member.id}" is listed twice` });
      }
      seen.add(member.id);
    });
    checkSourceReferences(
      ctx,
      sources,
      members.map((member, index): [PropertyKey[], string | undefined] => [['members', index, 'source'], member.source]),
    );
  });

export type Regime = z.output<typeof regimeSchema>;
export type Member = z.output<typeof memberSchema>;
