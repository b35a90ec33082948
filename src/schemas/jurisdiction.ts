/** A jurisdiction: its sources, one fact per dimension, and (in the MDX body) its narrative. */
import { z } from 'astro/zod';
import { DIMENSIONS } from './dimensions.ts';
import { factSchema } from './fact.ts';
import { isoDate, jurisdictionCode, plainText, slug } from './primitives.ts';
import { checkSourceReferences, sourceSchema } from './source.ts';

const factsShape = Object.fromEntries(DIMENSIONS.map((dimension) => [dimension.id, factSchema(dimension)]));

/** One recorded change to a fact: what, when, why (shown as history). */
export const changeSchema = z.strictObject({
  date: isoDate,
  dimension: z.string().refine((id) => id in factsShape, { error: 'expected a dimension id from the registry' }),
  from: z.unknown().optional(),
  to: z.unknown().optional(),
  reason: plainText(),
  ref: slug.optional(),
});

export const jurisdictionSchema = z
  .strictObject({
    id: jurisdictionCode,
    name: z.string({ error: 'expected the jurisdiction’s English name' }).min(1),
    kind: z.enum(['state', 'union'], { error: 'expected state or union' }),
    summary: plainText('a one- or two-sentence summary'),
    lastReviewed: isoDate,
    sources: z.array(sourceSchema, { error: 'expected a list of sources' }).min(1, { error: 'expected at least one source' }),
    facts: z.strictObject(factsShape, {
      error: (issue) =>
        issue.code === 'unrecognized_keys'
          ? `unknown dimension ${issue.keys.map((key) => `"${key}"`).join(', ')}: not in the registry (src/schemas/dimensions.ts)`
          : 'expected an object of facts keyed by dimension id',
    }),
    changes: z.array(changeSchema).optional(),
  })
  .check((ctx) => {
    const { sources, facts, changes = [] } = ctx.value;
    checkSourceReferences(ctx, sources, [
      ...Object.entries(facts).flatMap(([dimension, fact]) =>
        fact.sources.map((citation, index): [PropertyKey[], string] => [['facts', dimension, 'sources', index, 'ref'], citation.ref]),
      ),
      ...changes.map((change, index): [PropertyKey[], string | undefined] => [['changes', index, 'ref'], change.ref]),
    ]);
    // "primary" means checked against the official text, so at least one cited source must be one.
    const kinds = new Map(sources.map((source) => [source.id, source.kind]));
    for (const [dimension, fact] of Object.entries(facts)) {
      if (fact.verification === 'primary' && fact.sources.length > 0 && fact.sources.every((citation) => kinds.get(citation.ref) === 'secondary')) {
        ctx.issues.push({
          code: 'custom',
          input: fact.verification,
          path: ['facts', dimension, 'verification'],
          message:
            'expected "secondary": a primary fact must cite at least one official source (kind statute, regulation, guidance, regime or treaty)',
        });
      }
    }
  });

export type Jurisdiction = z.output<typeof jurisdictionSchema>;
export type Facts = Jurisdiction['facts'];
