/**
 * A training module: a capacity-building session a trainer can run from the atlas. Its scenario and its answer keys
 * cite facts by id (`<jurisdiction>.<dimension>`) and say the value they rely on; the build fails when a cited fact
 * no longer has that value, so a key is never silently wrong (src/lib/modules.ts).
 */
import { z } from 'astro/zod';
import { plainText, slug } from './primitives.ts';

/** `jp.catchAllTrigger`: a jurisdiction id, a dot, a dimension id. */
const FACT_ID = /^[a-z]{2}\.[a-zA-Z]+$/;
export const factId = z.string().regex(FACT_ID, { error: 'expected a fact id written <jurisdiction>.<dimension>, e.g. jp.catchAllTrigger' });

/** A fact an answer relies on, with the value the answer assumes (as written in the profile's `value`). */
export const factCitationSchema = z.strictObject({
  fact: factId,
  value: z.unknown().refine((value) => value !== undefined, { error: 'expected the value the answer relies on' }),
});

export const moduleSchema = z.strictObject({
  id: slug,
  title: z.string({ error: 'expected the module’s title' }).min(1),
  summary: plainText('a one- or two-sentence summary'),
  /** Who it is for and how long it takes, as a trainer plans a day. */
  audience: plainText('who the module is for'),
  minutes: z.number({ error: 'expected the session length in minutes' }).int().min(15).max(480),
  /** Concept ids: the module is linked from these concept pages. */
  concepts: z.array(slug).min(1, { error: 'expected at least one concept id' }),
  objectives: z.array(plainText('a learning objective')).min(2, { error: 'expected at least two learning objectives' }),
  scenario: z.strictObject({
    title: z.string().min(1),
    /** The hypothetical transaction: what, from where, to whom, for what stated use. */
    setup: z.array(plainText('a paragraph')).min(1),
    /** The transaction run through one jurisdiction after another, each step pointing at the facts that decide it. */
    steps: z
      .array(
        z.strictObject({
          jurisdiction: z.string().regex(/^[a-z]{2}$/, { error: 'expected a jurisdiction id' }),
          prompt: plainText('what the learner works out for this jurisdiction'),
          facts: z.array(factId).min(1, { error: 'expected the facts that decide this step' }),
        }),
      )
      .min(3, { error: 'expected the transaction to run through at least three jurisdictions' }),
  }),
  exercises: z
    .array(
      z.strictObject({
        id: slug,
        question: plainText('the question'),
        answer: plainText('the answer key'),
        cites: z.array(factCitationSchema).min(1, { error: 'expected the facts the answer relies on, with their values' }),
      }),
    )
    .min(3, { error: 'expected at least three exercises' }),
  facilitator: z.strictObject({
    preparation: z.array(plainText()).min(1),
    /** The running order: minutes and activity. */
    timing: z.array(z.strictObject({ minutes: z.number().int().min(1), activity: plainText() })).min(2),
    discussion: z.array(plainText('a discussion prompt')).min(1),
    pitfalls: z.array(plainText('a common misunderstanding to watch for')).min(1),
  }),
});

export type TrainingModule = z.output<typeof moduleSchema>;
