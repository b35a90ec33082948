/**
 * The published open-data format (`/data/atlas.json`). Its JSON Schema is
 * generated from this file, so the download and its schema cannot drift.
 */
import { z } from 'astro/zod';
import { DIMENSIONS, TOPICS, type ValueType } from './dimensions.ts';
import { MEMBER_STATUSES, REGIME_IDS } from './regime.ts';
import { SOURCE_KINDS } from './source.ts';
import { SPECIAL_VALUES, VERIFICATION_LEVELS } from './fact.ts';

export const SCHEMA_VERSION = '1.0.0';

const date = z.iso.date();
const code = z.string().regex(/^[a-z]{2}$/);

const money = z.object({
  amount: z.number().optional(),
  currency: z.string().length(3).optional(),
  formula: z.string().optional(),
  unlimited: z.literal(true).optional(),
});

function valueOf(type: ValueType) {
  switch (type.kind) {
    case 'boolean':
      return z.boolean();
    case 'number':
      return type.allowLife
        ? z.union([z.number(), z.literal('life')]).meta({ description: `in ${type.unit}, or "life" for life imprisonment` })
        : z.number().meta({ description: `in ${type.unit}` });
    case 'money':
      return money;
    case 'enum':
      return z.enum(type.options as [string, ...string[]]);
    case 'set':
      return z.array(z.enum(type.options as [string, ...string[]]));
    case 'text':
      return z.string();
    case 'date':
      return date;
    case 'jurisdictions':
      return z.array(code);
  }
}

const citedSource = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(SOURCE_KINDS),
  url: z.url().optional(),
  pinpoint: z.string(),
  checked: date,
});

const declaredSource = z.object({
  id: z.string(),
  title: z.string(),
  kind: z.enum(SOURCE_KINDS),
  url: z.url().optional(),
  checked: date,
  publisher: z.string().optional(),
  language: z.string().optional(),
  translation: z.enum(['official', 'unofficial']).optional(),
  note: z.string().optional(),
  verification: z.enum(VERIFICATION_LEVELS).optional(),
});

const facts = z.object(
  Object.fromEntries(
    DIMENSIONS.map((dimension) => [
      dimension.id,
      z
        .object({
          value: z.union([valueOf(dimension.type), z.enum(SPECIAL_VALUES)]),
          verification: z.enum(VERIFICATION_LEVELS),
          sources: z
            .array(citedSource)
            .meta({ description: 'the sources of the value; for an unknown value, the texts searched without finding it' }),
          note: z.string().optional(),
          quote: z.string().optional(),
          asOf: date.optional(),
        })
        .meta({ description: `${dimension.label}: ${dimension.description}` }),
    ]),
  ),
);

export const openDataSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    release: z.string(),
    license: z.literal('CC-BY-4.0'),
    jurisdictions: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        kind: z.enum(['state', 'union']),
        summary: z.string(),
        lastReviewed: date,
        url: z.string(),
        sources: z.array(declaredSource),
        facts,
        changes: z
          .array(
            z.object({
              date,
              dimension: z.string(),
              from: z.unknown().optional(),
              to: z.unknown().optional(),
              reason: z.string(),
              ref: z.string().optional(),
            }),
          )
          .optional(),
      }),
    ),
    regimes: z.array(
      z.object({
        id: z.enum(REGIME_IDS),
        name: z.string(),
        shortName: z.string().optional(),
        kind: z.enum(['regime', 'treaty']),
        summary: z.string(),
        established: date.optional(),
        note: z.string().optional(),
        memberList: z.enum(['complete', 'profiled-only']),
        lastReviewed: date,
        url: z.string(),
        sources: z.array(declaredSource),
        members: z.array(
          z.object({
            id: z.string(),
            status: z.enum(MEMBER_STATUSES),
            joined: date.optional(),
            note: z.string().optional(),
            source: z.string().optional().meta({ description: 'id of an entry in this regime’s sources' }),
          }),
        ),
      }),
    ),
    dimensions: z.array(
      z.object({
        id: z.string(),
        topic: z.enum(TOPICS.map((topic) => topic.id) as [string, ...string[]]),
        label: z.string(),
        description: z.string(),
        type: z.string(),
        unit: z.string().optional(),
        options: z.array(z.string()).optional(),
        compare: z.enum(['equal', 'set', 'numeric', 'descriptive']),
      }),
    ),
  })
  .meta({ title: 'Export Control Atlas open data', description: 'Sourced facts on national export-control law.' });

export type OpenData = z.output<typeof openDataSchema>;
