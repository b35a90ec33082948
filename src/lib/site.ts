/** Astro-side access to the collections: sorted, typed, and shared by every page. */
import { getCollection, type CollectionEntry } from 'astro:content';
import pkg from '../../package.json' with { type: 'json' };
import type { OpenData } from '../schemas/open-data.ts';
import { buildOpenData, byId } from './atlas.ts';

/** The content release identifier: the package version, so two builds of one commit agree. */
export const RELEASE = pkg.version;

export type JurisdictionEntry = CollectionEntry<'jurisdictions'>;
export type RegimeEntry = CollectionEntry<'regimes'>;

/** getCollection's order is not deterministic; every page uses these sorted lists. */
export async function jurisdictionEntries(): Promise<JurisdictionEntry[]> {
  return byId(await getCollection('jurisdictions'));
}

export async function regimeEntries(): Promise<RegimeEntry[]> {
  const order = ['wassenaar', 'nsg', 'mtcr', 'australia-group', 'zangger', 'att', 'cwc', 'bwc'];
  return (await getCollection('regimes')).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
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
