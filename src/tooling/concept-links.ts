/**
 * A concept's first use on a page links to its concept page. Runs on the built HTML (after `astro build`, before the
 * search index), so every page gets the same rule however its text was written (MDX narrative, content data or page
 * template). Only running prose is linked: paragraphs, list items and definitions in `<main>`, never text inside a
 * link, heading, quotation, code, table, form control or chart, and never a concept on its own page.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { HTMLElement, parse, TextNode, type Node } from 'node-html-parser';

export interface LinkableConcept {
  id: string;
  name: string;
  aka?: readonly string[] | undefined;
}

/** Where the text is running prose. */
const PROSE = new Set(['p', 'li', 'dd']);
/** Where it is not, whatever the parent: its words are a name, a quotation, code or data. */
const NEVER = new Set([
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'figure',
  'q',
  'code',
  'pre',
  'table',
  'summary',
  'button',
  'label',
  'select',
  'option',
  'textarea',
  'nav',
  'svg',
  'script',
  'style',
  'template',
  'time',
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words a concept is linked by: its name, and the other names that cannot mean something else (a phrase, a
 * hyphenated term or an abbreviation: "catch-all", "end-user certificate", "ICP"; not "arms" or "training").
 */
export function linkTerms(concept: LinkableConcept): string[] {
  const others = (concept.aka ?? []).filter((term) => /[\s-]/.test(term) || /^[A-Z]{2,}$/.test(term));
  return [concept.name, ...others];
}

interface Matcher {
  id: string;
  patterns: RegExp[];
}

const EDGES = ['(?<![\\p{L}\\p{N}-])', '(?![\\p{L}\\p{N}]|-\\p{L})'] as const;

function matchers(concepts: readonly LinkableConcept[]): Matcher[] {
  return concepts.map((concept) => {
    // Longest first, so "catch-all control" is linked whole rather than as "catch-all"; a plural links too.
    const terms = linkTerms(concept).sort((a, b) => b.length - a.length);
    const body = (term: string) => escapeRegExp(term).replace(/[-\s]+/g, '[-\\s]');
    const words = terms.filter((term) => !/^[A-Z]{2,}$/.test(term));
    const abbreviations = terms.filter((term) => /^[A-Z]{2,}$/.test(term));
    const patterns = [new RegExp(`${EDGES[0]}(?:${words.map(body).join('|')})(?:s|es)?${EDGES[1]}`, 'iu')];
    if (abbreviations.length) patterns.push(new RegExp(`${EDGES[0]}(?:${abbreviations.map(body).join('|')})s?${EDGES[1]}`, 'u'));
    return { id: concept.id, patterns };
  });
}

/** The first match of any of the concept's patterns in `text`. */
function firstMatch(matcher: Matcher, text: string): { index: number; length: number } | undefined {
  let best: { index: number; length: number } | undefined;
  for (const pattern of matcher.patterns) {
    const found = pattern.exec(text);
    if (found && (!best || found.index < best.index)) best = { index: found.index, length: found[0].length };
  }
  return best;
}

function inProse(node: Node, main: HTMLElement): boolean {
  let prose = false;
  for (let parent = node.parentNode; parent && parent !== main; parent = parent.parentNode) {
    const tag = parent.rawTagName?.toLowerCase() ?? '';
    if (NEVER.has(tag) || parent.classList?.contains('pin')) return false;
    if (PROSE.has(tag)) prose = true;
  }
  return prose;
}

/** The page with each concept's first use in its prose linked; `path` is the page's URL path ("/jurisdictions/jp/"). */
export function linkConcepts(html: string, path: string, concepts: readonly LinkableConcept[]): string {
  const root = parse(html);
  const main = root.querySelector('main');
  if (!main) return html;
  const pending = matchers(concepts.filter((concept) => path !== `/concepts/${concept.id}/`));
  const insertions: { at: number; text: string }[] = [];
  const walk = (node: Node) => {
    if (pending.length === 0) return;
    if (node instanceof TextNode) {
      if (!inProse(node, main)) return;
      const raw = node.rawText;
      let from = 0;
      for (;;) {
        let best: { index: number; length: number; matcher: Matcher } | undefined;
        for (const matcher of pending) {
          const found = firstMatch(matcher, raw.slice(from));
          // The earliest use wins; at the same place, the longer term ("End User List" over "End User").
          const index = found ? found.index + from : -1;
          if (found && (!best || index < best.index || (index === best.index && found.length > best.length)))
            best = { index, length: found.length, matcher };
        }
        if (!best) break;
        const start = node.range[0] + best.index;
        insertions.push({ at: start, text: `<a class="concept-link" href="/concepts/${best.matcher.id}/">` });
        insertions.push({ at: start + best.length, text: '</a>' });
        pending.splice(pending.indexOf(best.matcher), 1);
        from = best.index + best.length;
      }
      return;
    }
    if (node instanceof HTMLElement && !NEVER.has(node.rawTagName?.toLowerCase() ?? '')) node.childNodes.forEach(walk);
  };
  walk(main);
  let out = html;
  for (const { at, text } of insertions.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at);
  return out;
}

/** Links the concepts in every page of `dist`; returns how many pages changed. */
export async function linkConceptsIn(dist: string, concepts: readonly LinkableConcept[]): Promise<number> {
  let changed = 0;
  for (const entry of await readdir(dist, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const path = `/${relative(dist, file).replaceAll('\\', '/')}`.replace(/index\.html$/, '');
    const html = await readFile(file, 'utf8');
    const linked = linkConcepts(html, path, concepts);
    if (linked !== html) {
      await writeFile(file, linked);
      changed += 1;
    }
  }
  return changed;
}
