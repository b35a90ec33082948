/**
 * The world tier beside the full profiles: which tier each UN member state is in, the "export-control law" layer of
 * the world map, and the world-tier entries as open data. A dimension a world-tier entry did not research is "not
 * researched": never `unknown`, never absent, and left out of every count of answers.
 */
import { DIMENSIONS, findDimension, statusDimensionOf, type DimensionId } from '../schemas/dimensions.ts';
import type { RegimeId } from '../schemas/regime-ids.ts';
import type { PublishedFact } from '../schemas/fact.ts';
import type { Regime } from '../schemas/regime.ts';
import { WORLD_DIMENSIONS, type WorldEntry } from '../schemas/world.ts';
import { publishFacts, regimeStatusFact } from './atlas.ts';
import { toCsv, type Cell } from './csv.ts';
import { formatValue, valueCell } from './values.ts';

/** The law layer's answers, in legend order. */
export const LAW_LAYER = [
  // "In law": a statute, or (where there is none) the decrees or orders that set the licence requirement, as the
  // codebook's rule for Primary legislation codes them.
  { key: 'law', label: 'Dual-use export licensing in law' },
  { key: 'no-law', label: 'No dual-use export licensing found' },
  { key: 'unknown', label: 'Not established' },
  { key: 'not-researched', label: 'Not yet researched' },
] as const;
export type LawKey = (typeof LAW_LAYER)[number]['key'];

/** The layer's answer for a primaryLegislation fact (undefined: the entry did not research it). */
export function lawKey(value: unknown): LawKey {
  if (value === undefined) return 'not-researched';
  if (value === 'unknown') return 'unknown';
  if (value === 'none' || value === 'not-applicable') return 'no-law';
  return 'law';
}

export interface WorldView {
  id: string;
  name: string;
  status: WorldEntry['status'];
  lastReviewed: string;
  researched: readonly string[];
  facts: Record<string, PublishedFact>;
  /** Regime and treaty statuses, from the regime files. */
  regimes: { regime: string; name: string; fact: PublishedFact }[];
  links: NonNullable<WorldEntry['links']>;
  disagreements: string | undefined;
  law: LawKey;
}

export function worldView(entry: WorldEntry, regimes: readonly Regime[]): WorldView {
  const facts = publishFacts(entry.id, entry.sources, entry.facts, WORLD_DIMENSIONS);
  return {
    id: entry.id,
    name: entry.name,
    status: entry.status,
    lastReviewed: entry.lastReviewed,
    researched: entry.researched,
    facts,
    regimes: regimes.map((regime) => ({ regime: regime.id, name: regime.shortName ?? regime.name, fact: regimeStatusFact(entry.id, regime) })),
    links: entry.links ?? {},
    disagreements: entry.disagreements,
    law: lawKey(facts['primaryLegislation']?.value),
  };
}

/**
 * A world-tier entry's facts as compare, the dimension pages and the baselines read them: the core questions it
 * researched and its regime and treaty statuses (derived from the regime files, like everyone's). Every other
 * dimension is absent: not researched.
 */
export function worldFacts(view: WorldView): Partial<Record<DimensionId, PublishedFact>> {
  const regimes = Object.fromEntries(view.regimes.map((item) => [statusDimensionOf(item.regime as RegimeId).id, item.fact]));
  return Object.fromEntries(
    DIMENSIONS.flatMap((dimension) => {
      const fact = view.facts[dimension.id] ?? regimes[dimension.id];
      return fact ? [[dimension.id, fact]] : [];
    }),
  );
}

/** Where a state's facts are read: its full profile, or its world-tier entry. */
export function factPage(id: string, world: boolean): string {
  return world ? `/world/${id}/` : `/jurisdictions/${id}/`;
}

/** Counts per answer of the law question, for the world tier and for everyone. */
export function lawCounts(keys: readonly LawKey[]): Record<LawKey, number> {
  const counts = Object.fromEntries(LAW_LAYER.map((item) => [item.key, 0])) as Record<LawKey, number>;
  for (const key of keys) counts[key] += 1;
  return counts;
}

/** `/data/world.json`: every world-tier entry with its researched facts (sources resolved) and regime statuses. */
export function worldJson(views: readonly WorldView[], release: string) {
  return {
    release,
    tier: 'world',
    dimensions: WORLD_DIMENSIONS,
    note: 'Dimensions an entry did not research are "not researched": absent from `facts`, listed nowhere as unknown.',
    entries: views.map((view) => ({
      id: view.id,
      name: view.name,
      status: view.status,
      lastReviewed: view.lastReviewed,
      url: factPage(view.id, true),
      researched: view.researched,
      facts: view.facts,
      regimes: Object.fromEntries(view.regimes.map((item) => [item.regime, item.fact.value])),
      links: view.links,
      ...(view.disagreements ? { disagreements: view.disagreements } : {}),
    })),
  };
}

/** `/data/world.csv`: one row per entry and researched dimension (not-researched dimensions have no row). */
export function worldCsv(views: readonly WorldView[], release: string): string {
  const rows: Cell[][] = views.flatMap((view) =>
    view.researched.map((id) => {
      const dimension = findDimension(id)!;
      const fact = view.facts[id]!;
      const cited = fact.value === 'unknown' ? (fact.searched ?? []) : fact.sources;
      return [
        `${view.id}:${id}`,
        view.id,
        view.name,
        id,
        dimension.label,
        valueCell(dimension, fact.value as never),
        formatValue(dimension, fact.value as never),
        fact.verification,
        fact.asOf,
        cited.map((source) => `${source.title}, ${source.pinpoint}${source.url ? ` <${source.url}>` : ''}`).join(' | '),
        fact.note,
      ];
    }),
  );
  return toCsv(
    [
      'fact_id',
      'jurisdiction',
      'name',
      'dimension',
      'dimension_label',
      'value',
      'value_label',
      'verification',
      'as_of',
      'sources_or_searched',
      'note',
    ],
    rows,
    release,
  );
}

/** Which tier each UN member state is in: the home, world and coverage pages and `npm run report:coverage` count these. */
export function tiers(un: readonly string[], profileIds: Iterable<string>, worldIds: Iterable<string>) {
  const profiles = new Set(profileIds);
  const world = new Set(worldIds);
  return {
    full: un.filter((code) => profiles.has(code)),
    world: un.filter((code) => world.has(code)),
    neither: un.filter((code) => !profiles.has(code) && !world.has(code)),
  };
}

/** Each core question over the world-tier entries: how many researched it, how many answered it with a source. */
export function worldCoverage(entries: readonly { researched: readonly string[]; facts: Partial<Record<string, { value: unknown }>> }[]) {
  return WORLD_DIMENSIONS.map((id) => {
    const facts = entries.filter((entry) => entry.researched.includes(id)).map((entry) => entry.facts[id]!);
    const answered = facts.filter((fact) => fact.value !== 'unknown');
    return {
      id,
      label: findDimension(id)!.label,
      researched: facts.length,
      answered: answered.length,
      none: facts.filter((fact) => fact.value === 'none').length,
      notApplicable: facts.filter((fact) => fact.value === 'not-applicable').length,
      notResearched: entries.length - facts.length,
    };
  });
}
