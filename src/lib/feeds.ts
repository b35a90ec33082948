/**
 * Atom feeds of the history (all changes, and one per jurisdiction), written with the `feed` library. Every date comes
 * from the content: an entry's from its record, the feed's `updated` from the newest entry (or the release date).
 */
import { Feed } from 'feed';
import type { HistoryEntry } from './site.ts';

export function changesFeed(options: {
  site: URL;
  path: string;
  title: string;
  release: { id: string; date: string };
  entries: readonly HistoryEntry[];
}): string {
  const { site, path, title, release, entries } = options;
  const at = (date: string) => new Date(`${date}T00:00:00Z`);
  const newest = entries.reduce((latest, entry) => (entry.date > latest ? entry.date : latest), '');
  const feed = new Feed({
    id: new URL(path, site).href,
    title,
    description: `Changes to facts in the Export Control Atlas, with the reason and source of each (release ${release.id}).`,
    link: new URL('/changes/', site).href,
    feedLinks: { atom: new URL(path, site).href },
    language: 'en',
    updated: at(newest || release.date),
    copyright: 'CC BY 4.0, Export Control Atlas contributors',
    author: { name: 'Export Control Atlas contributors', link: site.href },
    generator: 'Export Control Atlas build',
  });
  for (const entry of entries) {
    const what = `${entry.jurisdiction.name}: ${entry.dimension.label}`;
    feed.addItem({
      id: new URL(`/changes/#${encodeURIComponent(entry.id)}`, site).href,
      title: `${what} — ${entry.field === 'value' ? 'value' : entry.field === 'verification' ? 'verification level' : 'sources'} changed`,
      link: new URL(`${entry.jurisdiction.page}#${entry.dimension.id}`, site).href,
      date: at(entry.date),
      description: `${entry.text}. ${entry.reason}${entry.release ? ` (release ${entry.release})` : ''}`,
    });
  }
  return feed.atom1();
}
