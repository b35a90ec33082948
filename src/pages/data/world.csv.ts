/** `/data/world.csv`: one row per world-tier entry and researched question. */
import { RELEASE, worldTier } from '../../lib/site.ts';
import { worldCsv } from '../../lib/world.ts';

export async function GET() {
  return new Response(worldCsv(await worldTier(), RELEASE), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
