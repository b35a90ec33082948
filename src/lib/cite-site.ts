/** The atlas's citable items, per profile and for the atlas as a whole, with the release and base URL of this build. */
import { DIMENSIONS } from '../schemas/dimensions.ts';
import { bibtex, cslItem, cslJson, profileCitables, ris, type Citable } from './cite.ts';
import { CONTENT_RELEASE, jurisdictionEntries } from './site.ts';

/** The atlas itself, as a dataset. */
export const ATLAS_CITABLE: Citable = { key: 'export_control_atlas', title: 'Export Control Atlas', path: '/' };

export async function profileCitations(id: string, site: URL) {
  const entry = (await jurisdictionEntries()).find((item) => item.id === id);
  if (!entry) throw new Error(`no jurisdiction "${id}"`);
  const citables = profileCitables(
    entry.data,
    DIMENSIONS.map((dimension) => ({ id: dimension.id, label: dimension.label })),
  );
  const items = citables.map((citable) => cslItem(citable, CONTENT_RELEASE, site));
  return { entry, citables, items, files: { bib: bibtex(items), ris: ris(items), json: cslJson(items) } };
}

/** The three downloadable formats of one profile's citations. */
export const CITE_FORMATS = [
  { ext: 'bib', label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8' },
  { ext: 'ris', label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8' },
  { ext: 'json', label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8' },
] as const;

export async function citeFileRoutes() {
  return (await jurisdictionEntries()).flatMap((entry) => CITE_FORMATS.map((format) => ({ params: { id: entry.id, ext: format.ext } })));
}
