/**
 * The published open-data format (`/data/atlas.json`), derived from the content schemas: shared parts carry
 * ids, so the JSON Schema names them once under `$defs`, and the download and its schema cannot drift.
 */
import { z } from 'astro/zod';
import { DIMENSIONS, TOPICS } from './dimensions.ts';
import { publishedJurisdictionSchema, type PublishedJurisdiction } from './jurisdiction.ts';
import { publishedRegimeSchema } from './regime.ts';

export const SCHEMA_VERSION = '2.0.0';

const optionSchema = z.object({ id: z.string(), label: z.string(), description: z.string() }).meta({ id: 'Option' });

export const publishedDimensionSchema = z
  .object({
    id: z.string(),
    topic: z.enum(TOPICS.map((topic) => topic.id) as [string, ...string[]]),
    label: z.string(),
    description: z.string(),
    kind: z.enum(['boolean', 'number', 'money', 'enum', 'set', 'text', 'date', 'jurisdictions']),
    unit: z.string().optional(),
    options: z.array(optionSchema).optional(),
    ordered: z.boolean().optional(),
    direction: z.enum(['stricter', 'looser', 'neither']).meta({ description: 'whether a higher value is stricter, looser, or neither' }),
    scope: z.enum(['dual-use', 'military', 'both']),
    evidence: z.enum(['law', 'practice', 'record']).meta({ description: 'what a primary fact must cite an official copy of' }),
    derivedFrom: z.string().optional().meta({ description: 'for a derived dimension: the regime whose member list it is read from' }),
  })
  .meta({ id: 'Dimension' });

export const openDataSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    release: z.string(),
    license: z.literal('CC-BY-4.0'),
    jurisdictions: z.array(publishedJurisdictionSchema),
    regimes: z.array(publishedRegimeSchema),
    dimensions: z.array(publishedDimensionSchema),
  })
  .meta({ title: 'Export Control Atlas open data', description: 'Sourced facts on national export-control law.' });

export type OpenData = Omit<z.output<typeof openDataSchema>, 'jurisdictions'> & { jurisdictions: PublishedJurisdiction[] };

/** The JSON Schema of atlas.json (draft 2020-12), with shared parts under `$defs`. */
export function openDataJsonSchema() {
  return { ...z.toJSONSchema(openDataSchema, { target: 'draft-2020-12', unrepresentable: 'any' }), $id: '/data/atlas.schema.json' };
}

export { DIMENSIONS };
