/**
 * The harmonization-gap measure. One distance between two answers, by value kind, in [0, 1]:
 * - yes/no and categories (and `none`): 0 when the keys are equal, else 1;
 * - sets (a list of options, a list of destinations): Jaccard distance 1 − |A∩B| / |A∪B| (`none` is the empty set;
 *   two empty sets are at distance 0; in two lists of destinations, the two answering states are left out of both);
 * - numbers: the relative difference |a − b| / max(|a|, |b|); life imprisonment and `none` are equal only to
 *   themselves and at distance 1 from any number.
 * Divergence of a dimension = the mean distance over every pair of jurisdictions that answered it (0: all the same;
 * 1: every pair as far apart as the kind allows). Similarity of two jurisdictions = 1 − the mean distance over the
 * dimensions both answered, shown only when they share at least MIN_SHARED of them.
 * Counted: answered values verified as primary or secondary, on dimensions whose kind defines a relation (not prose,
 * money in different currencies or dates); `not-applicable`, `unknown` and `unverified` are left out. An EU rule
 * that member states apply counts once: a member state's fact whose basis is the union's rule is left out of a
 * dimension's divergence when the union itself answered it, and out of the similarity of two members of that union
 * (or of a member and the union) when both rest on the union's rule.
 */
import { DIMENSIONS, type Dimension, type DimensionId } from '../schemas/dimensions.ts';
import { isSpecialValue, type FactValue, type PublishedFact } from '../schemas/fact.ts';
import type { OpenData } from '../schemas/open-data.ts';
import { valueKey } from './values.ts';

/** Pairs of jurisdictions sharing fewer answered dimensions than this get no similarity score. */
export const MIN_SHARED = 10;

/** The value kinds the measure counts, and how. */
const MEASURED_KINDS = { boolean: 'category', enum: 'category', set: 'set', jurisdictions: 'set', number: 'number' } as const;

export type Measure = (typeof MEASURED_KINDS)[keyof typeof MEASURED_KINDS];

export function measureOf(dimension: Dimension): Measure | undefined {
  return (MEASURED_KINDS as Record<string, Measure>)[dimension.type.kind];
}

/** Whether a fact enters the measure: answered, applicable, verified. */
export function counts(fact: PublishedFact | undefined): fact is PublishedFact {
  return fact !== undefined && fact.value !== 'unknown' && fact.value !== 'not-applicable' && fact.verification !== 'unverified';
}

/**
 * The distance between two counted answers on a dimension, in [0, 1]. For lists of jurisdictions, `between` names
 * the two answering jurisdictions: neither list can name its own state, so both are left out of both lists.
 */
export function distance(dimension: Dimension, a: FactValue, b: FactValue, between?: readonly [string, string]): number {
  const measure = measureOf(dimension);
  if (measure === undefined) throw new Error(`${dimension.id}: its kind (${dimension.type.kind}) has no distance`);
  if (measure === 'set') {
    const own: readonly string[] = dimension.type.kind === 'jurisdictions' ? (between ?? []) : [];
    const set = (value: FactValue) => new Set((isSpecialValue(value) ? [] : (value as string[])).filter((item) => !own.includes(item)));
    const [x, y] = [set(a), set(b)];
    const union = new Set([...x, ...y]).size;
    if (union === 0) return 0;
    return 1 - [...x].filter((item) => y.has(item)).length / union;
  }
  if (measure === 'number' && typeof a === 'number' && typeof b === 'number') {
    if (a === b) return 0;
    return Math.abs(a - b) / Math.max(Math.abs(a), Math.abs(b));
  }
  return valueKey(dimension, a) === valueKey(dimension, b) ? 0 : 1;
}

interface Entry {
  id: string;
  fact: PublishedFact;
  /** The union whose rule this fact applies, if it does. */
  appliesUnion?: string;
}

function entries(data: OpenData, dimension: Dimension & { id: DimensionId }): Entry[] {
  return data.jurisdictions.flatMap((jurisdiction) => {
    const fact = jurisdiction.facts[dimension.id];
    if (!counts(fact)) return [];
    const entry: Entry = { id: jurisdiction.id, fact };
    if (jurisdiction.memberOf && fact.basis === 'union') entry.appliesUnion = jurisdiction.memberOf;
    return [entry];
  });
}

/** The dimensions the measure counts: stored in profiles (regime statuses are records, not law) with a measured kind. */
export const MEASURED = DIMENSIONS.filter((dimension) => measureOf(dimension) !== undefined && !dimension.derived);

const round = (value: number) => Math.round(value * 1000) / 1000;

export interface DimensionGap {
  dimension: DimensionId;
  measure: Measure;
  /** Mean pairwise distance, 0 to 1; null when fewer than two jurisdictions are counted. */
  divergence: number | null;
  /** The jurisdictions counted (member states applying the union's rule folded into the union). */
  counted: string[];
  /** Member states left out because their value is the union's rule, which the union's own value stands for. */
  folded: string[];
}

/** The divergence of one dimension. */
export function dimensionGap(data: OpenData, dimension: Dimension & { id: DimensionId }): DimensionGap {
  const measure = measureOf(dimension)!;
  const all = entries(data, dimension);
  const present = new Set(all.map((entry) => entry.id));
  const folded = all.filter((entry) => entry.appliesUnion !== undefined && present.has(entry.appliesUnion)).map((entry) => entry.id);
  const counted = all.filter((entry) => !folded.includes(entry.id));
  let total = 0;
  let pairs = 0;
  for (let i = 0; i < counted.length; i += 1) {
    for (let j = i + 1; j < counted.length; j += 1) {
      total += distance(dimension, counted[i]!.fact.value, counted[j]!.fact.value, [counted[i]!.id, counted[j]!.id]);
      pairs += 1;
    }
  }
  return {
    dimension: dimension.id,
    measure,
    divergence: pairs === 0 ? null : round(total / pairs),
    counted: counted.map((entry) => entry.id),
    folded,
  };
}

export interface PairSimilarity {
  a: string;
  b: string;
  /** 1 − mean distance over the shared dimensions; null below MIN_SHARED. */
  similarity: number | null;
  /** How many dimensions entered the score. */
  shared: number;
}

/** The similarity of two jurisdictions over the measured dimensions both answered. */
export function pairSimilarity(data: OpenData, a: string, b: string, minimum = MIN_SHARED): PairSimilarity {
  const ja = data.jurisdictions.find((item) => item.id === a);
  const jb = data.jurisdictions.find((item) => item.id === b);
  if (!ja || !jb) throw new Error(`no jurisdiction ${ja ? b : a}`);
  let total = 0;
  let shared = 0;
  for (const dimension of MEASURED) {
    const [fa, fb] = [ja.facts[dimension.id], jb.facts[dimension.id]];
    if (!counts(fa) || !counts(fb)) continue;
    // One union rule is one rule: two members applying it, or a member and the union, are not two choices that agree.
    const unionA = ja.memberOf && fa.basis === 'union' ? ja.memberOf : undefined;
    const unionB = jb.memberOf && fb.basis === 'union' ? jb.memberOf : undefined;
    if ((unionA && (unionA === unionB || unionA === jb.id)) || (unionB && unionB === ja.id)) continue;
    total += distance(dimension, fa.value, fb.value, [a, b]);
    shared += 1;
  }
  return { a, b, similarity: shared < minimum || shared === 0 ? null : round(1 - total / shared), shared };
}

/** Every measured dimension's gap, most divergent first (ties in registry order), and every pair's similarity. */
export function gaps(data: OpenData) {
  const dimensions = MEASURED.map((dimension) => dimensionGap(data, dimension)).sort((x, y) => (y.divergence ?? -1) - (x.divergence ?? -1));
  const ids = data.jurisdictions.map((item) => item.id);
  const pairs = ids.flatMap((a, i) => ids.slice(i + 1).map((b) => pairSimilarity(data, a, b)));
  return { minimumShared: MIN_SHARED, dimensions, pairs };
}

export type Gaps = ReturnType<typeof gaps>;

/**
 * Orders items so that similar ones sit together (average-linkage agglomerative clustering, leaves read left to
 * right; missing similarities count as 0). Deterministic: ties merge the pair that comes first.
 */
export function clusterOrder(ids: readonly string[], similarity: (a: string, b: string) => number | null): string[] {
  let clusters = ids.map((id) => [id]);
  const link = (x: string[], y: string[]) => {
    let sum = 0;
    for (const a of x) for (const b of y) sum += similarity(a, b) ?? 0;
    return sum / (x.length * y.length);
  };
  while (clusters.length > 1) {
    let best = { i: 0, j: 1, value: -Infinity };
    for (let i = 0; i < clusters.length; i += 1) {
      for (let j = i + 1; j < clusters.length; j += 1) {
        const value = link(clusters[i]!, clusters[j]!);
        if (value > best.value) best = { i, j, value };
      }
    }
    const merged = [...clusters[best.i]!, ...clusters[best.j]!];
    clusters = [...clusters.slice(0, best.i), merged, ...clusters.slice(best.i + 1, best.j), ...clusters.slice(best.j + 1)];
  }
  return clusters[0] ?? [];
}
