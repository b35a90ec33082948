/**
 * The content release: an identifier derived from the content alone, never from the build clock, so two builds of one
 * commit agree and any change to the content gives a new one.
 *
 * - `hash`: SHA-256 over every file under src/content and the dimension registry (the codebook), path by path in a
 *   fixed order; the first eight hex digits go into the id.
 * - `date`: the latest date the content records for its own work (a profile's `lastReviewed`, a source's `checked`,
 *   a change's or re-check's `date`). It is the date every page, feed and download states for the release.
 * - `id`: `<date>.<hash8>`, e.g. `2026-12-06.3f2a9c1b`: sortable by date, unique by content.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface Release {
  id: string;
  date: string;
  hash: string;
}

/** The files whose bytes make up the release, relative to the project root, in a fixed order. */
export const RELEASE_INPUTS = ['src/content', 'src/schemas/dimensions.ts'] as const;

function filesUnder(root: string, path: string): string[] {
  const full = join(root, path);
  let entries;
  try {
    entries = readdirSync(full, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') return [path];
    if (code === 'ENOENT') return []; // a content-only folder (a test fixture) has no registry of its own
    throw error;
  }
  return entries.flatMap((entry) => (entry.isDirectory() ? filesUnder(root, join(path, entry.name)) : [join(path, entry.name)]));
}

/** Dates that record the content's own work, e.g. `lastReviewed: 2026-12-06` or `checked: "2026-11-27"`. */
const WORK_DATE = /^\s*-?\s*(?:lastReviewed|checked|date):\s*["']?(\d{4}-\d{2}-\d{2})["']?\s*$/gm;

/** The release of the content under `root` (the project root). */
export function contentRelease(root: string = process.cwd()): Release {
  const files = RELEASE_INPUTS.flatMap((path) => filesUnder(root, path))
    .map((path) => relative(root, join(root, path)).split(sep).join('/'))
    .sort();
  const hash = createHash('sha256');
  let date = '';
  for (const file of files) {
    const bytes = readFileSync(join(root, file));
    hash.update(`${file}\0${bytes.length}\0`).update(bytes);
    for (const match of bytes.toString('utf8').matchAll(WORK_DATE)) if (match[1]! > date) date = match[1]!;
  }
  if (date === '')
    throw new Error(`no lastReviewed, checked or date field found under ${RELEASE_INPUTS.join(', ')}: the release needs a date from the content`);
  const digest = hash.digest('hex');
  return { id: `${date}.${digest.slice(0, 8)}`, date, hash: digest };
}
