/**
 * Reference data the atlas reads beside the profiles, each kept with its source: the list of UN member states
 * (the world tier and the maps cover every one of them) and one official exchange-rate series (fines are also
 * shown in US dollars, from this series at its one date).
 */
import { z } from 'astro/zod';
import { CURRENCIES, isoDate, jurisdictionCode, plainText, slug } from './primitives.ts';
import { sourceSchema } from './source.ts';

const common = {
  id: slug,
  name: z.string().min(1),
  /** The date the data is as of (for rates: the rates' effective date). */
  asOf: isoDate,
  note: plainText().optional(),
  sources: z.array(sourceSchema).length(1, { error: 'expected exactly one source: the series or list read' }),
};

export const referenceSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ ...common, kind: z.literal('un-members'), codes: z.array(jurisdictionCode).min(1) }),
    z.strictObject({
      ...common,
      kind: z.literal('exchange-rates'),
      /** Units of each currency per 1 US dollar. */
      perUsd: z.record(
        z.string().refine((code) => CURRENCIES.has(code), { error: 'expected an ISO 4217 currency code' }),
        z.number().positive({ error: 'expected a positive rate' }),
      ),
    }),
  ],
  { error: 'expected kind un-members or exchange-rates' },
);

export type Reference = z.output<typeof referenceSchema>;
/** The exchange-rate series: units of each currency per US dollar, as of one date. */
export type ExchangeRates = Extract<Reference, { kind: 'exchange-rates' }>;
