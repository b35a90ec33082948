/** `/data/facts.csv`: one row per jurisdiction and dimension, money split into amount, currency and US dollars. */
import { factsCsv } from '../../lib/long-csv.ts';
import { exchangeRates, openData } from '../../lib/site.ts';

export async function GET() {
  return new Response(factsCsv(await openData(), await exchangeRates()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
