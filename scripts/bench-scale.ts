/**
 * The scale benchmark (part of `npm run bench`, or alone: `node scripts/bench-scale.ts [sizes…]`): synthetic
 * corpora of 50, 150 and 249 jurisdictions (every assigned ISO 3166-1 code, in code order), each profile a copy of
 * one of the atlas's real profiles under the new code and name, built end to end as `npm run build` does (astro build,
 * which validates the content first, then the search index)
 * in a temporary folder that is deleted afterwards. Prints build time, time per jurisdiction, search-index size,
 * the heaviest page's first visit (HTML, CSS, JS, gzip) and the data the compare view fetches for its first view.
 * Targets: 249 jurisdictions in under 40 s; 249/50 time ratio at most 4; every page at most 60 kB gzip.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { parseDocument } from 'yaml';
import { BUDGETS, measurePages } from './checks/budgets.ts';
import { builtPages } from './checks/dist-files.ts';
import { firstSearch, searchLine } from './search-budget.ts';
import { ISO_3166_ALPHA_2 } from '../src/schemas/iso3166.ts';
import { jurisdictionName } from '../src/schemas/primitives.ts';

const ROOT = process.cwd();
const TEMPLATES = join(ROOT, 'src/content/jurisdictions');
const CODES = [...ISO_3166_ALPHA_2].sort();

/** A real profile rewritten as jurisdiction `code`: same facts, sources and narrative; new id and name; no union. */
function synthetic(template: string, code: string): string {
  const [, front, ...body] = template.split(/^---$/m);
  const document = parseDocument(front!);
  document.set('id', code);
  document.set('name', jurisdictionName(code));
  document.set('kind', 'state');
  document.delete('memberOf');
  const facts = document.get('facts') as { items: { value: { delete: (key: string) => void } }[] };
  for (const fact of facts.items) fact.value.delete('basis');
  return `---\n${document.toString()}---${body.join('---')}`;
}

/** A copy of the project with `size` synthetic jurisdictions, the world-tier entries of the other states, and no double-coding review or training modules (they name real profiles). */
export function corpus(size: number): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-scale-${size}-`));
  for (const item of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts'])
    cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const out = join(dir, 'src/content/jurisdictions');
  rmSync(out, { recursive: true });
  mkdirSync(out);
  const templates = readdirSync(TEMPLATES)
    .filter((file) => file.endsWith('.mdx'))
    .sort()
    .map((file) => readFileSync(join(TEMPLATES, file), 'utf8'));
  CODES.slice(0, size).forEach((code, index) => writeFileSync(join(out, `${code}.mdx`), synthetic(templates[index % templates.length]!, code)));
  // A state is in one tier: the world-tier entries of states that now have a synthetic profile go. Training modules
  // cite the real profiles' values, which synthetic copies do not have, so they go too.
  const world = join(dir, 'src/content/world');
  for (const code of CODES.slice(0, size)) rmSync(join(world, `${code}.mdx`), { force: true });
  rmSync(join(dir, 'src/content/modules'), { recursive: true, force: true });
  return dir;
}

function timed(dir: string, command: string, args: string[]): number {
  const start = performance.now();
  execFileSync(command, args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  return (performance.now() - start) / 1000;
}

function folderBytes(path: string): number {
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .reduce((sum, entry) => sum + statSync(join(entry.parentPath, entry.name)).size, 0);
}

const gz = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

export interface ScaleResult {
  size: number;
  seconds: number;
  heaviest: { url: string; total: number };
  overBudget: number;
}

export async function runScale(sizes: readonly number[]): Promise<ScaleResult[]> {
  const results: ScaleResult[] = [];
  console.log(
    `Scale: synthetic corpora (copies of the ${readdirSync(TEMPLATES).length} real profiles under every assigned ISO code), built end to end`,
  );
  console.log(
    `${'jurisdictions'.padEnd(15)}${'build'.padStart(9)}${'per jur.'.padStart(10)}${'search index'.padStart(14)}${'heaviest page (gzip)'.padStart(46)}${'compare 3 / all on 1 topic'.padStart(30)}`,
  );
  for (const size of sizes) {
    const dir = corpus(size);
    try {
      const bin = (name: string) => join(dir, 'node_modules/.bin', name);
      // What `npm run build` runs: astro build (which validates the content first), then the search index.
      const parts = [timed(dir, bin('astro'), ['build', '--force', '--silent']), timed(dir, process.execPath, ['scripts/index-search.ts'])];
      const seconds = parts.reduce((a, b) => a + b, 0);
      const dist = join(dir, 'dist');
      const weights = measurePages(dist, await builtPages(dist));
      const heaviest = weights.reduce((a, b) => (b.total > a.total ? b : a));
      // The compare view's first view fetches the chosen jurisdictions' files, or the chosen dimensions' when fewer.
      const three = CODES.slice(0, 3).reduce((sum, code) => sum + gz(join(dist, 'data/compare/j', `${code}.json`)), 0);
      const topic = readdirSync(join(dist, 'data/compare/d'))
        .filter((file) =>
          ['catchAllTrigger', 'catchAllEndUses', 'endUserList', 'endUseAssurances', 'postShipmentVerification'].includes(file.replace(/\.json$/, '')),
        )
        .reduce((sum, file) => sum + gz(join(dist, 'data/compare/d', file)), 0);
      const overBudget = weights.filter((weight) => weight.total > BUDGETS.firstVisit).length;
      console.log(
        `${String(size).padEnd(15)}${`${seconds.toFixed(1)} s`.padStart(9)}${`${((seconds / size) * 1000).toFixed(0)} ms`.padStart(10)}${kb(folderBytes(join(dist, 'pagefind'))).padStart(14)}${`${kb(heaviest.total)} ${heaviest.url}`.padStart(46)}${`${kb(three)} / ${kb(topic)}`.padStart(30)}${overBudget ? `   ${overBudget} pages over ${kb(BUDGETS.firstVisit)}` : ''}`,
      );
      console.log(`${''.padEnd(15)}(astro build with validation ${parts[0]!.toFixed(1)} s, search index ${parts[1]!.toFixed(1)} s)`);
      console.log(`${''.padEnd(15)}${searchLine(await firstSearch(dist, 'licence'))}`);
      results.push({ size, seconds, heaviest, overBudget });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const first = results[0];
  const last = results.at(-1);
  if (first && last && last !== first) {
    console.log(
      `time ratio ${last.size}/${first.size}: ${(last.seconds / first.seconds).toFixed(2)} (target at most 4); ${last.size} jurisdictions in ${last.seconds.toFixed(1)} s (target under 40 s); heaviest page ${kb(last.heaviest.total)} (target at most ${kb(BUDGETS.firstVisit)})`,
    );
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = process.argv.slice(2).map(Number).filter(Number.isInteger);
  await runScale(sizes.length > 0 ? sizes : [50, 150, 249]);
}
