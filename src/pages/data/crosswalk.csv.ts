/** `/data/crosswalk.csv`: one row per crosswalk entry and list. */
import { crosswalkCsv } from '../../lib/crosswalk.ts';
import { RELEASE, crosswalkData } from '../../lib/site.ts';

export async function GET() {
  const { lists, entries } = await crosswalkData();
  return new Response(crosswalkCsv(lists, entries, RELEASE), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
