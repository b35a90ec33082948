/** `/data/facts.csv`: one row per jurisdiction and dimension, money split into amount, currency and US dollars. */
import { factsCsv } from '../../lib/long-csv.ts';
import { openData, referenceData } from '../../lib/site.ts';

export async function GET() {
  const rates = (await referenceData()).find((item) => item.kind === 'exchange-rates');
  if (!rates || rates.kind !== 'exchange-rates') throw new Error('no exchange-rate series in src/content/reference');
  return new Response(factsCsv(await openData(), { asOf: rates.asOf, perUsd: rates.perUsd }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
}
