/** `/data/world.json`: the world-tier entries, with their researched facts and regime statuses. */
import { RELEASE, worldTier } from '../../lib/site.ts';
import { worldJson } from '../../lib/world.ts';

export async function GET() {
  return new Response(`${JSON.stringify(worldJson(await worldTier(), RELEASE), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
}
