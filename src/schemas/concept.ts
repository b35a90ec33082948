/**
 * A core concept (glossary page): a plain-language explanation a trainer can teach from, and the dimensions whose
 * facts hold each jurisdiction's rule on it. The concept page shows those facts themselves (same anchor, same
 * source), never a second copy, grouped so that where the jurisdictions diverge shows.
 */
import { z } from 'astro/zod';
import { plainText, slug } from './primitives.ts';

export const conceptSchema = z.strictObject({
  id: slug,
  name: z.string({ error: 'expected the concept’s name' }).min(1),
  /** Other names readers search for (e.g. "end-user certificate"). */
  aka: z.array(z.string().min(1)).optional(),
  summary: plainText('a one-sentence summary'),
  /** Plain-language explanation, paragraph by paragraph. */
  explanation: z.array(plainText('a paragraph')).min(1, { error: 'expected at least one paragraph of explanation' }),
  /** The dimensions whose facts hold each jurisdiction's rule on this concept, most central first. */
  dimensions: z.array(z.string({ error: 'expected a dimension id from the registry' })).min(1, { error: 'expected at least one dimension' }),
  /** What to look for when the rules diverge: which differences matter for a reader. */
  watch: plainText().optional(),
});

export type Concept = z.output<typeof conceptSchema>;
