/** `/feeds/<jurisdiction>.xml`: the changes to one jurisdiction's facts, as an Atom feed. */
import type { APIContext } from 'astro';
import { changesFeed } from '../../lib/feeds.ts';
import { CONTENT_RELEASE, history, jurisdictionEntries } from '../../lib/site.ts';

export async function getStaticPaths() {
  return (await jurisdictionEntries()).map((entry) => ({ params: { id: entry.id }, props: { name: entry.data.name } }));
}

export async function GET({ site, params, props }: APIContext) {
  const id = params['id']!;
  const { entries } = await history();
  const xml = changesFeed({
    site: site!,
    path: `/feeds/${id}.xml`,
    title: `Export Control Atlas: ${(props as { name: string }).name}`,
    release: CONTENT_RELEASE,
    entries: entries.filter((entry) => entry.jurisdiction.id === id),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
