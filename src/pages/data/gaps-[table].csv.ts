/** `/data/gaps-dimensions.csv` (divergence per dimension) and `/data/gaps-pairs.csv` (similarity per pair of jurisdictions). */
import { gapsCsv } from '../../lib/gaps-view.ts';
import { openData } from '../../lib/site.ts';

export function getStaticPaths() {
  return [{ params: { table: 'dimensions' } }, { params: { table: 'pairs' } }];
}

export async function GET({ params }: { params: { table: 'dimensions' | 'pairs' } }) {
  return new Response(gapsCsv(await openData(), params.table), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
