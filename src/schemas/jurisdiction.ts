/** A jurisdiction: its sources, one fact per stored dimension, its recorded changes, and (in the MDX body) its narrative. */
import { z } from 'astro/zod';
import { DIMENSIONS, STORED_DIMENSIONS, type DimensionId, type StoredDimensionId } from './dimensions.ts';
import { factSchema, publishedFactSchema, VERIFICATION_LEVELS, type Fact, type PublishedFact } from './fact.ts';
import { isoDate, jurisdictionCode, plainText, publishedDate, slug } from './primitives.ts';
import { publishedSourceSchema, sourceSchema } from './source.ts';

const factsShape = Object.fromEntries(STORED_DIMENSIONS.map((dimension) => [dimension.id, factSchema(dimension)])) as Record<
  StoredDimensionId,
  ReturnType<typeof factSchema>
>;

/** What a change record changed: the value (default), the verification level, or the sources. */
export const CHANGE_FIELDS = ['value', 'verification', 'sources'] as const;

function changeShape(date: z.ZodType<string, unknown>, dimension: z.ZodType<string, unknown>) {
  return {
    date,
    dimension,
    field: z.enum(CHANGE_FIELDS, { error: `expected one of ${CHANGE_FIELDS.join(', ')}` }).optional(),
    from: z.unknown().optional(),
    to: z.unknown().optional(),
    reason: plainText('the reason for the change'),
    ref: slug.optional(),
  };
}

/** One recorded change to a fact: what, when, why (shown as history). */
export const changeSchema = z.strictObject(
  changeShape(
    isoDate,
    z.string().refine((id) => id in factsShape, { error: 'expected a dimension id from the registry' }),
  ),
);

export const jurisdictionSchema = z.strictObject({
  id: jurisdictionCode,
  name: z.string({ error: 'expected the jurisdiction’s English name' }).min(1),
  kind: z.enum(['state', 'union'], { error: 'expected state or union' }),
  /** For a member state of a union: the union's id (e.g. eu). Its facts then say their basis. */
  memberOf: jurisdictionCode.optional(),
  summary: plainText('a one- or two-sentence summary'),
  lastReviewed: isoDate,
  sources: z.array(sourceSchema, { error: 'expected a list of sources' }).min(1, { error: 'expected at least one source' }),
  facts: z.strictObject(factsShape, { error: 'expected an object of facts keyed by dimension id' }),
  changes: z.array(changeSchema).optional(),
});

export type Jurisdiction = z.output<typeof jurisdictionSchema>;
export type Facts = Record<StoredDimensionId, Fact>;

/** A jurisdiction as published in atlas.json: every dimension, stored and derived, with citations resolved. */
export const publishedJurisdictionSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    kind: z.enum(['state', 'union']),
    memberOf: z.string().optional().meta({ description: 'for a member state of a union: the union’s id' }),
    summary: z.string(),
    lastReviewed: publishedDate,
    url: z.string(),
    sources: z.array(publishedSourceSchema),
    facts: z.object(Object.fromEntries(DIMENSIONS.map((dimension) => [dimension.id, publishedFactSchema(dimension)]))),
    changes: z.array(z.object(changeShape(publishedDate, z.string())).meta({ id: 'Change', description: 'A recorded change to a fact.' })).optional(),
  })
  .meta({ id: 'Jurisdiction' });

export type PublishedJurisdiction = Omit<z.output<typeof publishedJurisdictionSchema>, 'facts'> & { facts: Record<DimensionId, PublishedFact> };
export { VERIFICATION_LEVELS };
