/** `/jurisdictions/<id>/cite.bib|.ris|.json`: the profile and each of its facts, keyed by anchor (`jp_catchAllTrigger`). */
import type { APIContext } from 'astro';
import { CITE_FORMATS, citeFileRoutes, profileCitations } from '../../../lib/cite-site.ts';

export const getStaticPaths = citeFileRoutes;

export async function GET({ params, site }: APIContext) {
  const format = CITE_FORMATS.find((item) => item.ext === params['ext'])!;
  const { files } = await profileCitations(params['id']!, site!);
  return new Response(files[format.ext], { headers: { 'Content-Type': format.type } });
}
