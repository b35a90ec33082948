/**
 * The compare view's data, split so a view fetches only what it shows:
 * - `/data/compare/j/<jurisdiction>.json`: one jurisdiction's compact cells, by dimension (few jurisdictions chosen);
 * - `/data/compare/d/<dimension>.json`: every jurisdiction's compact cell on one dimension (many chosen);
 * - `/data/compare/c/<jurisdiction>.json`: one jurisdiction's citations in full, fetched when a reader opens one.
 */
import { dimensionCells, jurisdictionCells, jurisdictionCitations } from '../../../../lib/compare-data.ts';
import { openData } from '../../../../lib/site.ts';
import { DIMENSIONS } from '../../../../schemas/dimensions.ts';

export async function getStaticPaths() {
  const data = await openData();
  return [
    ...data.jurisdictions.flatMap((jurisdiction) => [
      { params: { kind: 'j', id: jurisdiction.id }, props: { body: () => jurisdictionCells(jurisdiction) } },
      { params: { kind: 'c', id: jurisdiction.id }, props: { body: () => jurisdictionCitations(jurisdiction) } },
    ]),
    ...DIMENSIONS.map((dimension) => ({ params: { kind: 'd', id: dimension.id }, props: { body: () => dimensionCells(data, dimension.id) } })),
  ];
}

export function GET({ props }: { props: { body: () => unknown } }) {
  return new Response(JSON.stringify(props.body()), { headers: { 'Content-Type': 'application/json' } });
}
