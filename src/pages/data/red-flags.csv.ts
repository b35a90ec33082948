/** `/data/red-flags.csv`: one row per indicator and publisher. */
import { redFlagsCsv } from '../../lib/red-flags.ts';
import { RELEASE, redFlagGuidance } from '../../lib/site.ts';

export async function GET() {
  return new Response(redFlagsCsv(await redFlagGuidance(), RELEASE), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
