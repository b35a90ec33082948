/** `/data/concepts.csv`: one row per concept, dimension and jurisdiction. */
import { conceptsCsv } from '../../lib/concepts-data.ts';
import { concepts, openData } from '../../lib/site.ts';

export async function GET() {
  return new Response(conceptsCsv(await openData(), await concepts()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
