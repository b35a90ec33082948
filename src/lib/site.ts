/** Astro-side access to the collections: sorted, typed, and shared by every page, with one view model per entity. */
import { getCollection, type CollectionEntry } from 'astro:content';
import pkg from '../../package.json' with { type: 'json' };
import { byName } from '../i18n/labels.ts';
import { REGIME_IDS } from '../schemas/regime-ids.ts';
import type { OpenData } from '../schemas/open-data.ts';
import { buildOpenData, byId } from './atlas.ts';
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
