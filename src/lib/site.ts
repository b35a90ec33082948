/** Astro-side access to the collections: sorted, typed, and shared by every page, with one view model per entity. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { contentRelease } from '../tooling/release.ts';
import { byName } from '../i18n/labels.ts';
import { REGIME_IDS } from '../schemas/regime-ids.ts';
import type { OpenData } from '../schemas/open-data.ts';
import type { ExchangeRates } from '../schemas/reference.ts';
import type { PublishedJurisdiction } from '../schemas/jurisdiction.ts';
import { buildOpenData, byId } from './atlas.ts';
import { parse } from 'yaml';
import { agreementByTopic, compareCodings, type Resolution, type SecondCode } from './agreement.ts';
import { describeChange, profileView, regimeView } from './views.ts';
import { factPage, tiers, worldView, type WorldView } from './world.ts';
import { ledgerOf, readLedgers, reconcile, type Addition } from '../tooling/history.ts';
import { TOPICS, findDimension } from '../schemas/dimensions.ts';

/** The content release (src/tooling/release.ts): derived from the content alone, so two builds of one commit agree. */
export const CONTENT_RELEASE = contentRelease();
/** Its identifier, e.g. `2026-12-06.3f2a9c1b`: in every page footer and inside every download. */
export const RELEASE = CONTENT_RELEASE.id;

/**
 * The repository whose issue form takes corrections ("Report a correction" links there; a link only). A placeholder
 * under the reserved `.example` domain until the repository is public; set ATLAS_REPOSITORY_URL when building.
 */
export const REPOSITORY_URL = (process.env['ATLAS_REPOSITORY_URL'] || 'https://github.example/export-control-atlas/atlas').replace(/\/$/, '');

/** The prefilled correction form for a fact (.github/ISSUE_TEMPLATE/correction.yml). */
export function correctionUrl(factId: string): string {
  const params = new URLSearchParams({ template: 'correction.yml', fact: factId, release: RELEASE });
  return `${REPOSITORY_URL}/issues/new?${params.toString()}`;
}

export type JurisdictionEntry = CollectionEntry<'jurisdictions'>;
export type RegimeEntry = CollectionEntry<'regimes'>;

/** getCollection's order is not deterministic; every page uses these sorted lists. */
export async function jurisdictionEntries(): Promise<JurisdictionEntry[]> {
  return byId(await getCollection('jurisdictions'));
}

/** The same entries in the order a reader scans them: by displayed name (China before Switzerland). */
export async function jurisdictionsByName(): Promise<JurisdictionEntry[]> {
  return byName(await jurisdictionEntries(), (entry) => entry.data.name);
}

/** The entries' data of a collection that has no body to render. */
async function dataOf<C extends 'standards' | 'concepts' | 'redFlags' | 'reference' | 'controlLists' | 'crosswalk' | 'modules' | 'world'>(name: C) {
  return (await getCollection(name)).map((entry) => entry.data as CollectionEntry<C>['data']);
}

/** The international standards, by id. */
export async function standards() {
  return byId(await dataOf('standards'));
}

/** The core concepts, by name. */
export async function concepts() {
  return byName(await dataOf('concepts'), (concept) => concept.name);
}

/** For each dimension, the first concept whose page shows it: profile facts and codebook rules link there. */
export async function conceptOfDimension(): Promise<Map<string, { id: string; name: string }>> {
  const map = new Map<string, { id: string; name: string }>();
  for (const concept of await concepts()) for (const id of concept.dimensions) if (!map.has(id)) map.set(id, { id: concept.id, name: concept.name });
  return map;
}

/** The world-tier entries (with their files, for history records), by id. */
async function worldEntries() {
  return [...(await getCollection('world'))].sort((a, b) => a.data.id.localeCompare(b.data.id));
}

/** The world tier: a view of each entry (researched facts, regime statuses, the law layer's answer), by name. */
export function worldTier() {
  // Computed once per build: every world page, dimension page and data file asks for it.
  cachedWorld ??= (async () => {
    const regimes = (await regimeEntries()).map((entry) => entry.data);
    return byName(await dataOf('world'), (entry) => entry.name).map((entry) => worldView(entry, regimes));
  })();
  return cachedWorld;
}

let cachedWorld: Promise<WorldView[]> | undefined;

/** The training modules, by id. */
export async function trainingModules() {
  return byId(await dataOf('modules'));
}

/** The red-flag guidance read, one entry per publisher. */
export async function redFlagGuidance() {
  return byId(await dataOf('redFlags'));
}

/** The control-list crosswalk: its lists (columns) and its entries (rows), in a stable order. */
export async function crosswalkData() {
  return { lists: byId(await dataOf('controlLists')), entries: byId(await dataOf('crosswalk')) };
}

/** Reference data (UN member states, the exchange-rate series), by id. */
export async function referenceData() {
  return byId(await dataOf('reference'));
}

/** The UN member states' codes. */
export async function unMembers(): Promise<string[]> {
  const list = (await referenceData()).find((item) => item.kind === 'un-members');
  if (!list || list.kind !== 'un-members') throw new Error('no UN member list in src/content/reference');
  return list.codes;
}

/** The UN member states, and which tier each is in (full profile, world-tier entry, neither): the home, world and coverage pages count these. */
export async function memberTiers() {
  const un = await unMembers();
  const tier = tiers(
    un,
    (await jurisdictionEntries()).map((entry) => entry.data.id),
    (await worldTier()).map((view) => view.id),
  );
  return { un, ...tier };
}

/** The exchange-rate series (fines in US dollars on the penalties page and in facts.csv). */
export async function exchangeRates(): Promise<ExchangeRates> {
  const rates = (await referenceData()).find((item) => item.kind === 'exchange-rates');
  if (!rates || rates.kind !== 'exchange-rates') throw new Error('no exchange-rate series in src/content/reference');
  return rates;
}

export async function regimeEntries(): Promise<RegimeEntry[]> {
  return (await getCollection('regimes')).sort((a, b) => REGIME_IDS.indexOf(a.data.id) - REGIME_IDS.indexOf(b.data.id));
}

let cached: Promise<OpenData> | undefined;

/** The open-data model, built once per build and shared by pages and downloads. */
export function openData(): Promise<OpenData> {
  cached ??= (async () => {
    const [jurisdictions, regimes] = await Promise.all([jurisdictionEntries(), regimeEntries()]);
    return buildOpenData(
      jurisdictions.map((entry) => entry.data),
      regimes.map((entry) => entry.data),
      RELEASE,
    );
  })();
  return cached;
}

/** The view model of a jurisdiction profile. */
export async function profile(id: string) {
  return profileView(await openData(), id);
}

/** The view model of a regime page. */
export async function regime(id: string) {
  return regimeView(await openData(), id);
}

// The double-coding files live in review/ (outside the content collections): the seeded sample, the second
// reader's codes and the resolution of each disagreement.
const reviewFiles = import.meta.glob<string>('/review/*.yaml', { query: '?raw', import: 'default', eager: true });
const reviewFile = <T>(name: string): T | undefined => {
  const text = reviewFiles[`/review/${name}`];
  return text === undefined ? undefined : (parse(text) as T);
};

/**
 * The double-coding results: per-topic agreement between the first coding (the atlas's values when the sample
 * was drawn) and the second reader's, every comparison, and each fact's value now; undefined until both exist.
 */
export async function doubleCoding() {
  const sample = reviewFile<{ seed: number; facts: { jurisdiction: string; dimension: string }[] }>('double-coding-sample.yaml');
  const first = reviewFile<{ facts: SecondCode[] }>('double-coding-first-reader.yaml');
  const second = reviewFile<{ date: string; facts: SecondCode[] }>('double-coding-second-reader.yaml');
  if (!sample || !first || !second) return undefined;
  const resolutions = reviewFile<{ resolutions: Resolution[] }>('double-coding-resolutions.yaml')?.resolutions ?? [];
  const data = await openData();
  const comparisons = compareCodings(
    sample.facts,
    (jurisdiction, dimension) => {
      const code = first.facts.find((item) => item.jurisdiction === jurisdiction && item.dimension === dimension);
      if (!code) throw new Error(`review/double-coding-first-reader.yaml has no value for ${jurisdiction}.${dimension}`);
      return code.value;
    },
    second.facts,
    resolutions,
  ).map((row) => {
    const now = data.jurisdictions.find((item) => item.id === row.jurisdiction)?.facts[row.dimension as keyof PublishedJurisdiction['facts']];
    if (!now) throw new Error(`double-coding sample names ${row.jurisdiction}.${row.dimension}, which is not in the atlas`);
    return { ...row, now: now.value };
  });
  return { seed: sample.seed, date: second.date, comparisons, ...agreementByTopic(comparisons) };
}

/** One entry of the atlas's history, in words: a change found by the diff and explained by its record, or one recorded before the first release ledger. */
export interface HistoryEntry {
  /** `<jurisdiction>-<dimension>-<date>` (then `-2`, `-3` for a second change that day): an anchor on /changes/. */
  id: string;
  date: string;
  release: string | undefined;
  /** `page`: the profile, or for a world-tier entry its page under /world/. */
  jurisdiction: { id: string; name: string; page: string; world: boolean };
  dimension: { id: string; label: string; topic: string; topicLabel: string };
  field: 'value' | 'verification' | 'sources';
  text: string;
  reason: string;
  ref: string | undefined;
  /** Found by diffing two releases (true) or recorded by hand before the first ledger (false). */
  diffed: boolean;
}

/** Changes per page of /changes/ (newest first): the page stays light as the history grows. */
export const CHANGES_PER_PAGE = 150;

let cachedHistory: Promise<{ entries: HistoryEntry[]; additions: Addition[]; releases: { id: string; date: string }[] }> | undefined;

/**
 * The history: changes between release ledgers (releases/) and since the last one, each with the reason recorded in
 * the profile; then the changes recorded before the first ledger. Newest first. The validator has already failed the
 * build where a diff and the records disagree.
 */
export function history() {
  cachedHistory ??= (async () => {
    const entries = await jurisdictionEntries();
    const world = await worldEntries();
    const names = new Map([...entries, ...world].map((entry) => [entry.data.id, entry.data.name]));
    const worldIds = new Set(world.map((entry) => entry.data.id));
    const ledgers = readLedgers(process.cwd());
    const current = ledgerOf(
      entries.map((entry) => entry.data),
      CONTENT_RELEASE,
      world.map((entry) => entry.data),
    );
    const { events, additions, earlier } = reconcile(ledgers, current, [
      ...entries.map((entry) => ({ file: entry.filePath ?? entry.id, data: entry.data })),
      ...world.map((entry) => ({ file: entry.filePath ?? entry.id, data: entry.data })),
    ]);
    const topicLabel = new Map(TOPICS.map((topic) => [topic.id as string, topic.label]));
    const describe = (record: { jurisdiction: string; dimension: string; field?: string | undefined; from?: unknown; to?: unknown }) => {
      const dimension = findDimension(record.dimension)!;
      return {
        jurisdiction: {
          id: record.jurisdiction,
          name: names.get(record.jurisdiction) ?? record.jurisdiction,
          page: factPage(record.jurisdiction, worldIds.has(record.jurisdiction)),
          world: worldIds.has(record.jurisdiction),
        },
        dimension: {
          id: dimension.id,
          label: dimension.label,
          topic: dimension.topic,
          topicLabel: topicLabel.get(dimension.topic) ?? dimension.topic,
        },
        field: (record.field ?? 'value') as HistoryEntry['field'],
        text: describeChange({ date: '', dimension: record.dimension, field: record.field as never, from: record.from, to: record.to, reason: '' })
          .text,
      };
    };
    const list: Omit<HistoryEntry, 'id'>[] = [
      ...events.map((event) => ({
        ...describe(event),
        date: event.date,
        release: event.release,
        reason: event.reason,
        ref: event.ref,
        diffed: true,
      })),
      ...earlier.map((record) => ({
        ...describe(record),
        date: record.date,
        release: undefined,
        reason: record.reason,
        ref: record.ref,
        diffed: false,
      })),
    ];
    list.sort(
      (a, b) =>
        b.date.localeCompare(a.date) ||
        a.jurisdiction.id.localeCompare(b.jurisdiction.id) ||
        a.dimension.id.localeCompare(b.dimension.id) ||
        a.field.localeCompare(b.field),
    );
    const seen = new Map<string, number>();
    const withIds = list.map((entry) => {
      const base = `${entry.jurisdiction.id}-${entry.dimension.id}-${entry.date}`;
      const n = (seen.get(base) ?? 0) + 1;
      seen.set(base, n);
      return { ...entry, id: n === 1 ? base : `${base}-${n}` };
    });
    const releases = [...ledgers.map((ledger) => ({ id: ledger.release, date: ledger.date }))];
    if (releases.at(-1)?.id !== CONTENT_RELEASE.id) releases.push({ id: CONTENT_RELEASE.id, date: CONTENT_RELEASE.date });
    return { entries: withIds, additions, releases: releases.reverse() };
  })();
  return cachedHistory;
}
