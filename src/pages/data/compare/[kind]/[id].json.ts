/**
 * The compare view's data, split so a view fetches only what it shows:
 * - `/data/compare/j/<jurisdiction>.json`: one jurisdiction's compact cells, by dimension (few jurisdictions chosen);
 * - `/data/compare/d/<dimension>.json`: every jurisdiction's compact cell on one dimension (many chosen);
 * - `/data/compare/c/<jurisdiction>.json`: one jurisdiction's citations in full, fetched when a reader opens one.
 * World-tier entries have the same files, holding only the dimensions they researched and their regime statuses.
 */
import { dimensionCells, jurisdictionCells, jurisdictionCitations, worldCells, worldCitations } from '../../../../lib/compare-data.ts';
import { openData, worldTier } from '../../../../lib/site.ts';
import { DIMENSIONS } from '../../../../schemas/dimensions.ts';

export async function getStaticPaths() {
  const data = await openData();
  const world = await worldTier();
  return [
    ...data.jurisdictions.flatMap((jurisdiction) => [
      { params: { kind: 'j', id: jurisdiction.id }, props: { body: () => jurisdictionCells(jurisdiction) } },
      { params: { kind: 'c', id: jurisdiction.id }, props: { body: () => jurisdictionCitations(jurisdiction) } },
    ]),
    ...world.flatMap((view) => [
      { params: { kind: 'j', id: view.id }, props: { body: () => worldCells(view) } },
      { params: { kind: 'c', id: view.id }, props: { body: () => worldCitations(view) } },
    ]),
    ...DIMENSIONS.map((dimension) => ({ params: { kind: 'd', id: dimension.id }, props: { body: () => dimensionCells(data, dimension.id, world) } })),
  ];
}

export function GET({ props }: { props: { body: () => unknown } }) {
  return new Response(JSON.stringify(props.body()), { headers: { 'Content-Type': 'application/json' } });
}
