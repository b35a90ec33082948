/** `/data/baselines.json`: which dimension answers which provision of each standard, and every jurisdiction's and world-tier entry's verdicts. */
import { baselinesJson } from '../../lib/baselines-view.ts';
import { RELEASE, openData, standards, worldTier } from '../../lib/site.ts';

export async function GET() {
  return new Response(`${JSON.stringify(baselinesJson(await openData(), await standards(), RELEASE, await worldTier()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
}
