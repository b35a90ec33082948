/** `/data/citations.csv`: one row per fact and source, with pinpoint, copy read and version date. */
import { citationsCsv } from '../../lib/long-csv.ts';
import { openData } from '../../lib/site.ts';

export async function GET() {
  return new Response(citationsCsv(await openData()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
