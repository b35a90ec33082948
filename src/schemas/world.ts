/**
 * The world tier: a short, sourced entry for a UN member state (or observer state) without a full profile. It answers
 * only the dimensions it says it researched (`researched`); every other dimension is "not researched", which is not
 * `unknown` (nobody looked) and not absent: it is shown as such and left out of coverage, compare and gap figures.
 * Regime and treaty statuses come from the regime files, as for full profiles.
 */
import { z } from 'astro/zod';
import { findDimension, type DimensionId } from './dimensions.ts';
import { factSchema } from './fact.ts';
import { changeSchema } from './jurisdiction.ts';
import { httpsUrl, isoDate, jurisdictionCode, plainText } from './primitives.ts';
import { sourceSchema } from './source.ts';

/** The core questions a world-tier entry can answer, by the registry's rules. */
export const WORLD_DIMENSIONS = ['primaryLegislation', 'licensingAuthority', 'un1540Reporting'] as const satisfies readonly DimensionId[];
export type WorldDimensionId = (typeof WORLD_DIMENSIONS)[number];

const factsShape = Object.fromEntries(WORLD_DIMENSIONS.map((id) => [id, factSchema(findDimension(id)!).optional()])) as Record<
  WorldDimensionId,
  z.ZodOptional<ReturnType<typeof factSchema>>
>;

export const worldEntrySchema = z
  .strictObject({
    id: jurisdictionCode,
    name: z.string({ error: 'expected the state’s English name' }).min(1),
    /** UN member state, or one of the two non-member observer states. */
    status: z.enum(['un-member', 'observer'], { error: 'expected un-member or observer' }),
    lastReviewed: isoDate,
    sources: z.array(sourceSchema, { error: 'expected a list of sources' }).min(1, { error: 'expected at least one source' }),
    /** The dimensions researched for this entry; the others are "not researched". */
    researched: z
      .array(z.enum(WORLD_DIMENSIONS, { error: `expected one of ${WORLD_DIMENSIONS.join(', ')}` }))
      .min(1, { error: 'expected at least one researched dimension' }),
    facts: z.strictObject(factsShape, { error: 'expected an object of facts keyed by dimension id' }),
    /** Where a reader finds the state's own reporting: its 1540 Committee matrix and national reports, its ATT reports. */
    links: z
      .strictObject({
        un1540Matrix: httpsUrl.optional(),
        un1540Reports: httpsUrl.optional(),
        attReports: httpsUrl.optional(),
      })
      .optional(),
    /** Where two sources disagreed, and how the entry was coded. */
    disagreements: plainText().optional(),
    changes: z.array(changeSchema).optional(),
  })
  .check((ctx) => {
    const { researched, facts } = ctx.value;
    for (const id of WORLD_DIMENSIONS) {
      const has = facts[id] !== undefined;
      if (researched.includes(id) && !has) {
        ctx.issues.push({ code: 'custom', input: undefined, path: ['facts', id], message: `expected a fact for ${id}, which researched lists` });
      }
      if (!researched.includes(id) && has) {
        ctx.issues.push({
          code: 'custom',
          input: facts[id],
          path: ['researched'],
          message: `expected ${id} in researched, since the entry answers it`,
        });
      }
    }
  });

export type WorldEntry = z.output<typeof worldEntrySchema>;
