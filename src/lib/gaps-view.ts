/**
 * What the harmonization-gaps page and `gaps.json` show: dimensions ranked by divergence with how the jurisdictions
 * group, the pairwise similarities in a clustered order, and the reciprocity of simplified licensing.
 */
import { byName } from '../i18n/labels.ts';
import { findDimension, type DimensionId } from '../schemas/dimensions.ts';
import { isSpecialValue } from '../schemas/fact.ts';
import type { OpenData } from '../schemas/open-data.ts';
import { toCsv } from './csv.ts';
import { clusterOrder, gaps, MIN_SHARED } from './gaps.ts';
import { formatValue, valueKey } from './values.ts';

export const GAPS_METHOD =
  'Divergence of a dimension: the mean distance over every pair of jurisdictions that answered it (0 all the same, 1 every pair as far apart as the kind allows). ' +
  'Distance: 0 or 1 for yes/no and categories (none is a category); Jaccard distance 1 − |A∩B|/|A∪B| for sets (none is the empty set; in two lists of destinations the two answering states are left out of both); ' +
  'relative difference |a − b|/max(|a|,|b|) for numbers (life imprisonment and none equal only themselves). ' +
  `Similarity of two jurisdictions: 1 − the mean distance over the dimensions both answered, shown only with at least ${MIN_SHARED} shared dimensions. ` +
  'Counted: answered values verified as primary or secondary, on stored dimensions whose kind defines a relation (not prose, money or dates); not-applicable, unknown and unverified are left out. ' +
  'An EU rule that member states apply counts once: a member state whose basis is the EU rule is folded into the EU on that dimension, and two members (or a member and the EU) resting on the EU rule are not counted as agreeing.';

/** Above this many jurisdictions a jurisdiction-by-jurisdiction matrix (heat map, reciprocity, baseline verdicts) would not fit a page: it is not drawn, and its figures stay in the downloads. */
export const MATRIX_LIMIT = 40;

const views = new WeakMap<OpenData, ReturnType<typeof computeGapsView>>();

/** The gaps view, computed once per build (the page, gaps.json and both CSVs share it). */
export function gapsView(data: OpenData) {
  let view = views.get(data);
  if (!view) {
    view = computeGapsView(data);
    views.set(data, view);
  }
  return view;
}

function computeGapsView(data: OpenData) {
  const result = gaps(data);
  const names = new Map(data.jurisdictions.map((item) => [item.id, item.name]));
  const name = (id: string) => names.get(id) ?? id;
  const dimensions = result.dimensions.map((gap) => {
    const dimension = findDimension(gap.dimension)!;
    const groups = new Map<string, { text: string; members: { id: string; name: string; folded: boolean }[] }>();
    for (const id of byName([...gap.counted, ...gap.folded], name)) {
      const fact = data.jurisdictions.find((item) => item.id === id)!.facts[gap.dimension];
      const key = valueKey(dimension, fact.value) ?? formatValue(dimension, fact.value);
      const group = groups.get(key) ?? { text: formatValue(dimension, fact.value), members: [] };
      group.members.push({ id, name: name(id), folded: gap.folded.includes(id) });
      groups.set(key, group);
    }
    return { ...gap, dimension, groups: [...groups.values()].sort((a, b) => b.members.length - a.members.length) };
  });
  const similarity = new Map(result.pairs.flatMap((pair) => [[`${pair.a} ${pair.b}`, pair] as const, [`${pair.b} ${pair.a}`, pair] as const]));
  const pair = (a: string, b: string) => similarity.get(`${a} ${b}`);
  // Clustering costs n³: only for a matrix that will be drawn; otherwise the order is by name.
  const ids = byName(data.jurisdictions, (item) => item.name).map((item) => item.id);
  const order = ids.length <= MATRIX_LIMIT ? clusterOrder(ids, (a, b) => pair(a, b)?.similarity ?? null) : ids;
  return {
    minimumShared: result.minimumShared,
    dimensions,
    pairs: result.pairs,
    order: order.map((id) => ({ id, name: name(id) })),
    pair,
    matrix: ids.length <= MATRIX_LIMIT,
    reciprocity: reciprocity(data),
  };
}

/**
 * Who extends its broadest simplified treatment (generalLicenceDestinations) to whom, among the profiled states.
 * A relationship is one-sided when the destination answered and does not return it.
 */
export function reciprocity(data: OpenData) {
  const dimension: DimensionId = 'generalLicenceDestinations';
  const listOf = new Map(
    data.jurisdictions.map((item) => {
      const fact = item.facts[dimension];
      const answered = fact.value !== 'unknown' && fact.value !== 'not-applicable';
      return [item.id, answered ? (isSpecialValue(fact.value) ? [] : (fact.value as string[])) : undefined] as const;
    }),
  );
  const byDisplayName = byName(data.jurisdictions, (item) => item.name);
  const destinations = byDisplayName.filter((item) => item.kind === 'state');
  return {
    destinations: destinations.map((item) => ({ id: item.id, name: item.name })),
    rows: byDisplayName.map((granter) => {
      const list = listOf.get(granter.id);
      return {
        id: granter.id,
        name: granter.name,
        verification: granter.facts[dimension].verification,
        answered: list !== undefined,
        cells: destinations.map((destination) => {
          if (destination.id === granter.id) return { id: destination.id, state: 'self' as const };
          if (list === undefined) return { id: destination.id, state: 'unknown' as const };
          if (!list.includes(destination.id)) return { id: destination.id, state: 'no' as const };
          const back = listOf.get(destination.id);
          const returned = back === undefined ? undefined : back.includes(granter.id);
          return { id: destination.id, state: returned === false ? ('one-sided' as const) : returned ? ('mutual' as const) : ('yes' as const) };
        }),
      };
    }),
  };
}

/** `gaps.json`: the method, each dimension's divergence with its groups, and every pair's similarity. */
export function gapsJson(data: OpenData, release: string) {
  const view = gapsView(data);
  return {
    release,
    license: 'CC-BY-4.0',
    method: GAPS_METHOD,
    minimumShared: view.minimumShared,
    dimensions: view.dimensions.map((gap) => ({
      dimension: gap.dimension.id,
      label: gap.dimension.label,
      measure: gap.measure,
      divergence: gap.divergence,
      counted: gap.counted,
      foldedIntoUnion: gap.folded,
      groups: gap.groups.map((group) => ({ value: group.text, jurisdictions: group.members.map((member) => member.id) })),
    })),
    pairs: view.pairs.map((pair) => ({ a: pair.a, b: pair.b, similarity: pair.similarity, sharedDimensions: pair.shared })),
  };
}

/** The two CSVs: one row per dimension, one row per pair of jurisdictions. */
export function gapsCsv(data: OpenData, table: 'dimensions' | 'pairs'): string {
  const json = gapsJson(data, data.release);
  if (table === 'dimensions') {
    return toCsv(
      ['dimension', 'label', 'measure', 'divergence', 'counted_count', 'counted', 'folded_into_union'],
      json.dimensions.map((row) => [
        row.dimension,
        row.label,
        row.measure,
        row.divergence ?? '',
        row.counted.length,
        row.counted.join(';'),
        row.foldedIntoUnion.join(';'),
      ]),
      json.release,
    );
  }
  return toCsv(
    ['a', 'b', 'similarity', 'shared_dimensions'],
    json.pairs.map((row) => [row.a, row.b, row.similarity ?? '', row.sharedDimensions]),
    json.release,
  );
}
