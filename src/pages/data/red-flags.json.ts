/** `/data/red-flags.json`: the taxonomy, each publisher's guidance with its indicators cited, and the matrix. */
import { redFlagsJson } from '../../lib/red-flags.ts';
import { RELEASE, redFlagGuidance } from '../../lib/site.ts';

export async function GET() {
  return new Response(`${JSON.stringify(redFlagsJson(await redFlagGuidance(), RELEASE), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json' },
  });
}
