/**
 * An international standard a national system is held against (UNSCR 1540 OP3, the Arms Trade Treaty): its
 * provisions as expected elements, each with its pinpoint and the atlas dimensions whose values answer it. Which
 * dimension answers which obligation is data: a provision no dimension answers is "not covered by the atlas".
 */
import { z } from 'astro/zod';
import { VERIFICATION_LEVELS } from './fact.ts';
import { plainText, slug } from './primitives.ts';
import { sourceSchema } from './source.ts';

/** One dimension whose value answers a provision: met when it has the control (true, a value, or — for a set — every option in `includes`). */
export const provisionTestSchema = z.strictObject({
  dimension: z.string({ error: 'expected a dimension id from the registry' }),
  includes: z.array(z.string()).optional(),
});

export const provisionSchema = z.strictObject({
  id: slug,
  label: z.string({ error: 'expected a short label for the provision' }).min(1),
  expects: plainText('one sentence on what the standard expects'),
  /** The source of the provision's text, and where in it. */
  ref: slug,
  pinpoint: z.string().min(1),
  quote: plainText().optional(),
  /** The dimensions that answer it; empty when none does (the atlas does not cover the obligation). */
  tests: z.array(provisionTestSchema),
  /** Whether every test must pass to meet the provision (all, the default) or any one of them (any: "criminal or civil penalties"). */
  match: z.enum(['all', 'any'], { error: 'expected all or any' }).optional(),
  note: plainText().optional(),
});

export const standardSchema = z.strictObject({
  id: slug,
  name: z.string().min(1),
  shortName: z.string().min(1),
  /** Whose facts answer it: dual-use or military (military uses only dimensions whose scope covers military items). */
  scope: z.enum(['dual-use', 'military'], { error: 'expected dual-use or military' }),
  /** How far the atlas's account of the provisions was checked against the standard's text. */
  verification: z.enum(VERIFICATION_LEVELS, { error: `expected one of ${VERIFICATION_LEVELS.join(', ')}` }),
  summary: plainText('a one- or two-sentence summary'),
  note: plainText().optional(),
  sources: z.array(sourceSchema).min(1, { error: 'expected at least one source' }),
  provisions: z.array(provisionSchema).min(1, { error: 'expected at least one provision' }),
});

export type Standard = z.output<typeof standardSchema>;
export type Provision = z.output<typeof provisionSchema>;
