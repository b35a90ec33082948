/**
 * The compare view's data, computed from the open-data model: one compact cell per jurisdiction and dimension
 * (value text, canonical key, level, compact pinpoint, full citations, basis), served per jurisdiction and per
 * dimension so the compare page fetches only what the chosen view needs; and the static rows the topic and
 * dimension pages render with the same rule.
 */
import { byName, t } from '../i18n/labels.ts';
import { DIMENSIONS, TOPICS, dimensionsOfTopic, findDimension, type Dimension, type DimensionId, type TopicId } from '../schemas/dimensions.ts';
import { isSpecialValue, type PublishedFact } from '../schemas/fact.ts';
import type { PublishedJurisdiction } from '../schemas/jurisdiction.ts';
import type { OpenData } from '../schemas/open-data.ts';
import type { PublishedCitation } from '../schemas/source.ts';
import { compactPinpoint, compareRow, type Cell, type RowComparison } from './compare.ts';
import { formatValue, valueKey } from './values.ts';
import { worldFacts, type WorldView } from './world.ts';

/** A citation in full, as one line a reader can check: title, pinpoint, the copy read and when. */
export function citationText(source: PublishedCitation): string {
  const version = source.versionDate ? `, version of ${source.versionDate}` : '';
  return `${source.title}, ${source.pinpoint} (${t(`copy.${source.copy}`)}${version}; checked ${source.checked})`;
}

/** What a fact cites: its sources, or for an unknown the texts searched. */
function citedBy(fact: PublishedFact): PublishedCitation[] {
  return fact.value === 'unknown' ? (fact.searched ?? []) : fact.sources;
}

/** The compact cell of one fact. */
export function compareCell(dimension: Dimension, fact: PublishedFact): Cell {
  const special = isSpecialValue(fact.value) ? fact.value : undefined;
  const key = valueKey(dimension, fact.value);
  const cited = citedBy(fact);
  const cell: Cell = { t: formatValue(dimension, fact.value), l: fact.verification };
  if (key !== undefined) cell.k = key;
  if (special) cell.s = special;
  const first = fact.value === 'unknown' ? undefined : cited[0];
  if (first) cell.p = compactPinpoint(first.pinpoint);
  if (fact.basis) cell.b = t(`basis.${fact.basis}`);
  return cell;
}

/**
 * The picker's lists: jurisdictions by displayed name (full profiles, then world-tier entries, marked `w`), topics
 * and dimensions in registry order.
 */
export function compareIndex(data: OpenData, world: readonly WorldView[] = []) {
  return {
    jurisdictions: [
      ...byName(data.jurisdictions, (item) => item.name).map((item) => ({ id: item.id, name: item.name })),
      ...world.map((view) => ({ id: view.id, name: view.name, w: 1 as const })),
    ],
    topics: TOPICS.map((topic) => ({ id: topic.id, label: topic.label })),
    dimensions: DIMENSIONS.map((dimension) => ({ id: dimension.id, label: dimension.label, topic: dimension.topic })),
  };
}

export type CompareIndex = ReturnType<typeof compareIndex>;

/** Every researched cell of a world-tier entry, by dimension id (a dimension absent is not researched). */
export function worldCells(view: WorldView): Record<string, Cell> {
  const facts = worldFacts(view);
  return Object.fromEntries(
    DIMENSIONS.flatMap((dimension) => {
      const fact = facts[dimension.id];
      return fact ? [[dimension.id, compareCell(dimension, fact)]] : [];
    }),
  );
}

/** A world-tier entry's citations in full, by researched dimension id. */
export function worldCitations(view: WorldView): Record<string, string[]> {
  const facts = worldFacts(view);
  return Object.fromEntries(
    DIMENSIONS.flatMap((dimension) => {
      const fact = facts[dimension.id];
      return fact ? [[dimension.id, citedBy(fact).map(citationText)]] : [];
    }),
  );
}

/** Every cell of one jurisdiction, by dimension id: `/data/compare/j/<id>.json`. */
export function jurisdictionCells(jurisdiction: PublishedJurisdiction): Record<string, Cell> {
  return Object.fromEntries(DIMENSIONS.map((dimension) => [dimension.id, compareCell(dimension, jurisdiction.facts[dimension.id])]));
}

/** Every fact's citations in full, by dimension id: `/data/compare/c/<id>.json`, fetched when a reader opens a cell's citation. */
export function jurisdictionCitations(jurisdiction: PublishedJurisdiction): Record<string, string[]> {
  return Object.fromEntries(DIMENSIONS.map((dimension) => [dimension.id, citedBy(jurisdiction.facts[dimension.id]).map(citationText)]));
}

/**
 * Every jurisdiction's cell on one dimension, by jurisdiction id: `/data/compare/d/<id>.json`; world-tier entries
 * only where they researched it (or it is a derived regime status).
 */
export function dimensionCells(data: OpenData, dimensionId: DimensionId, world: readonly WorldView[] = []): Record<string, Cell> {
  const dimension = findDimension(dimensionId)!;
  return Object.fromEntries([
    ...data.jurisdictions.map((jurisdiction) => [jurisdiction.id, compareCell(dimension, jurisdiction.facts[dimension.id])] as const),
    ...world.flatMap((view) => {
      const fact = worldFacts(view)[dimension.id];
      return fact ? [[view.id, compareCell(dimension, fact)] as const] : [];
    }),
  ]);
}

/** One dimension across the given jurisdictions (by displayed name): each cell, and the row's comparison. */
export interface DimensionRow {
  dimension: Dimension & { id: DimensionId };
  cells: { jurisdiction: PublishedJurisdiction; cell: Cell }[];
  comparison: RowComparison;
}

export function dimensionRow(jurisdictions: readonly PublishedJurisdiction[], dimension: Dimension & { id: DimensionId }): DimensionRow {
  const cells = jurisdictions.map((jurisdiction) => ({ jurisdiction, cell: compareCell(dimension, jurisdiction.facts[dimension.id]) }));
  return { dimension, cells, comparison: compareRow(cells.map((item) => item.cell)) };
}

/** A dimension across every jurisdiction, with its values grouped: the prepared view `/dimensions/<id>/`. */
export function dimensionView(data: OpenData, dimensionId: DimensionId) {
  const dimension = findDimension(dimensionId)!;
  const row = dimensionRow(
    byName(data.jurisdictions, (item) => item.name),
    dimension,
  );
  const groups: { text: string; members: typeof row.cells }[] = [];
  row.cells.forEach((item, index) => {
    const group = row.comparison.groups[index]!;
    if (group < 0) return;
    (groups[group] ??= { text: item.cell.t, members: [] }).members.push(item);
  });
  // Prose answers have no key: each is a group of its own, in name order; only unknown and not-applicable are unanswered.
  const open = (item: (typeof row.cells)[number]) => item.cell.s === 'unknown' || item.cell.s === 'not-applicable';
  for (const [index, item] of row.cells.entries()) {
    if (row.comparison.groups[index]! < 0 && !open(item)) groups.push({ text: item.cell.t, members: [item] });
  }
  const unanswered = row.cells.filter(open);
  return { ...row, groups, unanswered };
}

/** A topic's rows for its comparison table: jurisdictions by displayed name, and each column's comparison. */
export function topicRows(data: OpenData, topicId: TopicId) {
  const jurisdictions = byName(data.jurisdictions, (item) => item.name);
  const columns = dimensionsOfTopic(topicId).map((dimension) => dimensionRow(jurisdictions, dimension));
  return { jurisdictions, columns };
}

export function isTopicId(id: string): id is TopicId {
  return TOPICS.some((topic) => topic.id === id);
}

/**
 * One dimension across the world-tier entries that have it (researched, or a derived regime status), grouped by
 * value: keyed values by their key; answers in prose together (each is read on its entry); unknown and not
 * applicable apart. Entries that did not research the dimension are only counted.
 */
export function worldDimensionGroups(world: readonly WorldView[], dimensionId: DimensionId) {
  const dimension = findDimension(dimensionId)!;
  const rows = world.flatMap((view) => {
    const fact = worldFacts(view)[dimension.id];
    return fact ? [{ view, cell: compareCell(dimension, fact) }] : [];
  });
  const groups = new Map<string, { text: string; members: typeof rows }>();
  for (const row of rows) {
    const open = row.cell.s === 'unknown' || row.cell.s === 'not-applicable';
    const key = open ? `open:${row.cell.s}` : (row.cell.k ?? 'prose');
    const text = key === 'prose' ? 'Answered (each answer on its entry)' : row.cell.t;
    (groups.get(key) ?? groups.set(key, { text, members: [] }).get(key)!).members.push(row);
  }
  // Largest first; unknown and not applicable last.
  const ordered = [...groups.entries()]
    .sort(([a, x], [b, y]) => Number(a.startsWith('open:')) - Number(b.startsWith('open:')) || y.members.length - x.members.length)
    .map(([, group]) => group);
  return { researched: rows.length, notResearched: world.length - rows.length, groups: ordered };
}
