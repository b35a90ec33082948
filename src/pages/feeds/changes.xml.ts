/** `/feeds/changes.xml`: every change to a fact, as an Atom feed. */
import type { APIContext } from 'astro';
import { changesFeed } from '../../lib/feeds.ts';
import { CONTENT_RELEASE, history } from '../../lib/site.ts';

export async function GET({ site }: APIContext) {
  const { entries } = await history();
  const xml = changesFeed({ site: site!, path: '/feeds/changes.xml', title: 'Export Control Atlas: all changes', release: CONTENT_RELEASE, entries });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
