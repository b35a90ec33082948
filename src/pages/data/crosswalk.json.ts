/** `/data/crosswalk.json`: every crosswalk entry with each list's number, relation, date in force and citation. */
import { crosswalkJson } from '../../lib/crosswalk.ts';
import { RELEASE, crosswalkData } from '../../lib/site.ts';

export async function GET() {
  const { lists, entries } = await crosswalkData();
  return new Response(`${JSON.stringify(crosswalkJson(lists, entries, RELEASE), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}
