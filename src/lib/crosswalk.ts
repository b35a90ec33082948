/**
 * The crosswalk as readers and downloads see it: columns in reading order, each cell with its citation resolved to
 * the copy of the list read, entries grouped by technology area, and the national-only controls with the dates they
 * took effect (how fast each list absorbs new technology).
 */
import {
  AREAS,
  LIST_IDS,
  NAMED_RELATIONS,
  RELATIONS,
  type ControlList,
  type CrosswalkCell,
  type CrosswalkEntry,
  type ListId,
} from '../schemas/crosswalk.ts';
import type { Source } from '../schemas/source.ts';
import { toCsv } from './csv.ts';

export interface ResolvedCell extends CrosswalkCell {
  list: ListId;
  source?: Source | undefined;
}

export const relationLabel = (id: string) => RELATIONS.find((relation) => relation.id === id)?.label ?? id;

/** The lists that appear in any entry, in the fixed reading order (the core seven, then any national extra). */
export function columnsOf(entries: readonly CrosswalkEntry[]): ListId[] {
  return LIST_IDS.filter((id) => entries.some((entry) => entry.columns[id]));
}

/** One entry's cells in column order, each with the source it cites (declared in its list's file). */
export function resolveEntry(entry: CrosswalkEntry, lists: readonly ControlList[], columns: readonly ListId[]): (ResolvedCell | undefined)[] {
  return columns.map((id) => {
    const cell = entry.columns[id];
    if (!cell) return undefined;
    const source = cell.cite ? lists.find((list) => list.id === id)?.sources.find((item) => item.id === cell.cite!.ref) : undefined;
    return { ...cell, list: id, source };
  });
}

/** Entries grouped by area, in the areas' order, each group sorted by name. */
export function byArea(entries: readonly CrosswalkEntry[]) {
  return AREAS.map((area) => ({
    area,
    entries: entries.filter((entry) => entry.area === area.id).sort((a, b) => a.name.localeCompare(b.name, 'en')),
  })).filter((group) => group.entries.length > 0);
}

/** The copies read of each list, as cited by the entries: its version(s) in the column heading. */
export function versionsRead(list: ControlList, entries: readonly CrosswalkEntry[]): Source[] {
  const cited = new Set(entries.flatMap((entry) => (entry.columns[list.id]?.cite ? [entry.columns[list.id]!.cite!.ref] : [])));
  return list.sources.filter((source) => cited.has(source.id));
}

/**
 * Whether a list's entry in a row is a national one (not from a multilateral list): it names an entry, and either it
 * has a date in force or it is the anchor of a national-only row.
 */
function isNational(entry: CrosswalkEntry, list: ListId, cell: CrosswalkCell | undefined): cell is CrosswalkCell {
  return (
    cell !== undefined && NAMED_RELATIONS.includes(cell.relation) && (cell.inForce !== undefined || (entry.nationalOnly && entry.anchor === list))
  );
}

/** Every entry in a list that is not from a multilateral list, with the date it took effect where established: oldest first. */
export function nationalOnly(entries: readonly CrosswalkEntry[]) {
  return entries
    .flatMap((entry) =>
      Object.entries(entry.columns).flatMap(([list, cell]) =>
        isNational(entry, list as ListId, cell) ? [{ entry, list: list as ListId, cell }] : [],
      ),
    )
    .sort((a, b) => (a.cell.inForce ?? '9999').localeCompare(b.cell.inForce ?? '9999') || a.entry.name.localeCompare(b.entry.name, 'en'));
}

/** How many cells of each relation a column holds: the honest measure of what was read. */
export function relationCounts(entries: readonly CrosswalkEntry[], list: ListId): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of entries) {
    const relation = entry.columns[list]?.relation;
    if (relation) counts[relation] = (counts[relation] ?? 0) + 1;
  }
  return counts;
}

export function crosswalkJson(lists: readonly ControlList[], entries: readonly CrosswalkEntry[], release: string) {
  const columns = columnsOf(entries);
  return {
    release,
    license: 'CC-BY-4.0',
    relations: RELATIONS,
    areas: AREAS,
    lists: lists.map((list) => ({ ...list, versionsRead: versionsRead(list, entries).map((source) => source.id) })),
    entries: entries.map((entry) => ({
      ...entry,
      url: `/crosswalk/${entry.id}/`,
      columns: Object.fromEntries(
        resolveEntry(entry, lists, columns).flatMap((cell) =>
          cell
            ? [
                [
                  cell.list,
                  {
                    ...cell,
                    list: undefined,
                    source: cell.source
                      ? {
                          id: cell.source.id,
                          title: cell.source.title,
                          copy: cell.source.copy,
                          versionDate: cell.source.versionDate,
                          url: cell.source.url,
                        }
                      : undefined,
                  },
                ],
              ]
            : [],
        ),
      ),
    })),
  };
}

/** One row per entry × list, with the number, relation, date in force and citation. */
export function crosswalkCsv(lists: readonly ControlList[], entries: readonly CrosswalkEntry[], release: string): string {
  const columns = columnsOf(entries);
  return toCsv(
    [
      'entry',
      'name',
      'area',
      'anchor',
      'national_only',
      'list',
      'number',
      'title',
      'relation',
      'in_force',
      'source',
      'source_version',
      'source_copy',
      'pinpoint',
      'note',
    ],
    entries.flatMap((entry) =>
      resolveEntry(entry, lists, columns).flatMap((cell) =>
        cell
          ? [
              [
                entry.id,
                entry.name,
                entry.area,
                entry.anchor,
                entry.nationalOnly,
                cell.list,
                cell.number,
                cell.title,
                cell.relation,
                cell.inForce,
                cell.source?.title,
                cell.source?.versionDate,
                cell.source?.copy,
                cell.cite?.pinpoint,
                cell.note,
              ],
            ]
          : [],
      ),
    ),
    release,
  );
}

/** The areas of emerging technology: what a profile's `emergingTechnologyControls` fact is about. */
export const EMERGING_AREAS: readonly string[] = ['advanced-computing', 'semiconductor-equipment', 'quantum', 'additive-manufacturing'];

/**
 * The crosswalk entries a jurisdiction's national-only and emerging-technology facts rest on: those where its own list
 * holds an entry that is not from a multilateral list (the row's national-only anchor, or an entry with a date in force).
 */
export function entriesOfJurisdiction(
  entries: readonly CrosswalkEntry[],
  jurisdiction: string,
): { id: string; name: string; number: string; area: CrosswalkEntry['area'] }[] {
  if (!(LIST_IDS as readonly string[]).includes(jurisdiction)) return [];
  const list = jurisdiction as ListId;
  return entries
    .flatMap((entry) => {
      const cell = entry.columns[list];
      return isNational(entry, list, cell) && cell.number ? [{ id: entry.id, name: entry.name, number: cell.number, area: entry.area }] : [];
    })
    .sort((a, b) => a.number.localeCompare(b.number, 'en'));
}

/**
 * The number an entry is known by, shown beside its name (and so found first when searched): a national-only entry's
 * own number; otherwise the first five-character list number (the EU/US form, "3B001") of the anchor, the EU or the US.
 */
export function keyNumber(entry: CrosswalkEntry): string | undefined {
  const first = (number: string | undefined) => number?.split(/[,;(]/)[0]!.trim() || undefined;
  if (entry.nationalOnly) return first(entry.columns[entry.anchor]?.number);
  for (const list of [entry.anchor, 'eu', 'us'] as const) {
    const found = entry.columns[list]?.number?.match(/\b\d[A-E]\d{3}(?:\.[a-z0-9]+)*(?![\w])/);
    if (found && NAMED_RELATIONS.includes(entry.columns[list]!.relation)) return found[0];
  }
  return first(entry.columns[entry.anchor]?.number);
}
