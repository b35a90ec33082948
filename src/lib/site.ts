/** Astro-side access to the collections: sorted, typed, and shared by every page, with one view model per entity. */
import { getCollection, type CollectionEntry } from 'astro:content';
import pkg from '../../package.json' with { type: 'json' };
import { byName } from '../i18n/labels.ts';
import { REGIME_IDS } from '../schemas/regime-ids.ts';
import type { OpenData } from '../schemas/open-data.ts';
import type { ExchangeRates } from '../schemas/reference.ts';
import type { PublishedJurisdiction } from '../schemas/jurisdiction.ts';
import { buildOpenData, byId } from './atlas.ts';
import { parse } from 'yaml';
import { agreementByTopic, compareCodings, type Resolution, type SecondCode } from './agreement.ts';
import { profileView, regimeView } from './views.ts';

/** The content release identifier: the package version, so two builds of one commit agree. */
export const RELEASE = pkg.version;

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
async function dataOf<C extends 'standards' | 'concepts' | 'redFlags' | 'reference' | 'controlLists' | 'crosswalk'>(name: C) {
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
