/**
 * Checks the built site (`dist/`, made by `npm run build` before the tests) against the
 * content read independently from disk: nothing in the content is silently dropped.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse, type HTMLElement } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent, type ValidContent } from '../src/tooling/validate-content.ts';
import { DIMENSIONS, STORED_DIMENSIONS, TOPICS, type Dimension } from '../src/schemas/dimensions.ts';
import type { FactValue } from '../src/schemas/fact.ts';
import { jurisdictionName } from '../src/schemas/primitives.ts';
import { openDataSchema, type OpenData } from '../src/schemas/open-data.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const run = promisify(execFile);

let content: ValidContent;
let atlas: OpenData;
const pages = new Map<string, HTMLElement>();

async function page(path: string): Promise<HTMLElement> {
  let root = pages.get(path);
  if (!root) {
    root = parse(await readFile(join(DIST, path, 'index.html'), 'utf8'));
    pages.set(path, root);
  }
  return root;
}

/** The registry's label for an option id (the registry is data; the formatter is not used here). */
function optionLabel(dimension: Dimension, id: string): string {
  const option = 'options' in dimension.type ? dimension.type.options.find((item) => item.id === id) : undefined;
  if (!option) throw new Error(`${dimension.id}: no option ${id}`);
  return option.label;
}

/** What a reader must see for a value, written independently of the site's formatter. */
function visibleParts(dimension: Dimension, value: FactValue): string[] {
  const special: Record<string, string> = { none: 'None', 'not-applicable': 'Not applicable', unknown: 'Unknown', life: 'Life imprisonment' };
  if (typeof value === 'string' && special[value]) return [special[value]];
  if (typeof value === 'string') return [dimension.type.kind === 'enum' ? optionLabel(dimension, value) : value];
  if (typeof value === 'boolean') return [value ? 'Yes' : 'No'];
  if (typeof value === 'number') return [value.toLocaleString('en-GB')];
  if (Array.isArray(value))
    return value.map((item) => (dimension.type.kind === 'jurisdictions' ? jurisdictionName(item) : optionLabel(dimension, item)));
  return [
    ...(value.unlimited ? ['Unlimited'] : []),
    ...(value.amount === undefined ? [] : [`${value.currency} ${value.amount.toLocaleString('en-GB')}`]),
    ...(value.formula === undefined ? [] : [value.formula]),
  ];
}

/** A regime status derived by hand from the member list: the rule the site must follow. */
function expectedStatus(code: string, regimeId: string): string {
  const regime = content.regimes.find((entry) => entry.data.id === regimeId)!.data;
  const member = regime.members.find((item) => item.id === code);
  if (member) return member.status;
  return regime.memberList.complete ? 'not-member' : 'unknown';
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'data/atlas.json'))) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does).');
  content = await validateContent(ROOT);
  atlas = JSON.parse(await readFile(join(DIST, 'data/atlas.json'), 'utf8')) as OpenData;
});

describe('content', () => {
  it('validates with no error and no warning, and holds the seed jurisdictions and regimes', () => {
    expect(content.problems).toEqual([]);
    expect(content.jurisdictions.map((entry) => entry.data.id).sort()).toEqual(expect.arrayContaining(['eu', 'gb', 'us']));
    expect(content.regimes.map((entry) => entry.data.id).sort()).toEqual(
      expect.arrayContaining(['att', 'australia-group', 'mtcr', 'nsg', 'wassenaar']),
    );
  });
});

describe('atlas.json', () => {
  it('matches its published schema (Zod)', () => {
    const result = openDataSchema.safeParse(atlas);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true);
  });

  it('validates against its own published JSON Schema under a standard validator (Ajv, draft 2020-12, with formats)', async () => {
    const schema = JSON.parse(await readFile(join(DIST, 'data/atlas.schema.json'), 'utf8'));
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(schema);
    expect(validate(atlas), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    const broken = structuredClone(atlas);
    broken.jurisdictions[0]!.sources[0]!.url = 'https://www.law.go.kr/법령/대외무역법';
    expect(validate(broken), 'a raw non-ASCII URL is not a valid URI').toBe(false);
  });

  it('carries every stored fact of the content with its value, level, note and pinpointed sources', () => {
    for (const { data } of content.jurisdictions) {
      const published = atlas.jurisdictions.find((item) => item.id === data.id);
      expect(published, data.id).toBeDefined();
      const titles = new Map(data.sources.map((source) => [source.id, source.title]));
      for (const dimension of STORED_DIMENSIONS) {
        const fact = data.facts[dimension.id];
        const out = published!.facts[dimension.id];
        const where = `${data.id}.${dimension.id}`;
        expect(out.value, where).toEqual(fact.value);
        expect(out.verification, where).toBe(fact.verification);
        expect(out.note, where).toBe(fact.note);
        expect(out.quote, where).toBe(fact.quote);
        expect(out.asOf, where).toBe(fact.asOf);
        const pinpoints = (citations: { ref: string; pinpoint: string }[] | undefined) =>
          (citations ?? []).map((citation) => [titles.get(citation.ref), citation.pinpoint]);
        expect(
          out.sources.map((source) => [source.title, source.pinpoint]),
          where,
        ).toEqual(pinpoints(fact.sources));
        expect(
          (out.searched ?? []).map((source) => [source.title, source.pinpoint]),
          where,
        ).toEqual(pinpoints(fact.searched));
      }
      expect(published!.sources.map((source) => source.id)).toEqual(data.sources.map((source) => source.id));
      expect(published!.changes?.length ?? 0, `${data.id} changes`).toBe(data.changes?.length ?? 0);
    }
  });

  it('says which copy was read on every source, and no primary fact lacks an official copy', () => {
    for (const jurisdiction of atlas.jurisdictions) {
      for (const source of jurisdiction.sources)
        expect(['official', 'official-translation', 'unofficial-reproduction', 'secondary-analysis']).toContain(source.copy);
      for (const dimension of DIMENSIONS) {
        const fact = jurisdiction.facts[dimension.id];
        if (fact.verification !== 'primary') continue;
        const official = fact.sources.filter((source) => source.copy === 'official' || source.copy === 'official-translation');
        expect(official.length, `${jurisdiction.id}.${dimension.id} is primary without an official copy`).toBeGreaterThan(0);
      }
    }
  });

  it('derives every jurisdiction’s status towards every regime, with a source, by the completeness rule', () => {
    for (const jurisdiction of atlas.jurisdictions) {
      for (const dimension of DIMENSIONS.filter((item) => item.derived)) {
        const fact = jurisdiction.facts[dimension.id];
        const where = `${jurisdiction.id}.${dimension.id}`;
        expect(fact.value, where).toBe(expectedStatus(jurisdiction.id, dimension.derived!.regime));
        expect([...fact.sources, ...(fact.searched ?? [])].length, where).toBeGreaterThan(0);
      }
    }
  });

  it('carries every regime member with status and join date as written', () => {
    for (const { data } of content.regimes) {
      const published = atlas.regimes.find((item) => item.id === data.id);
      expect(published?.members.length, data.id).toBe(data.members.length);
      for (const member of data.members) {
        expect(
          published?.members.find((item) => item.id === member.id),
          `${data.id}/${member.id}`,
        ).toMatchObject({
          status: member.status,
          ...(member.joined ? { joined: member.joined } : {}),
        });
      }
    }
  });
});

describe('profile pages', () => {
  it('show every fact, stored and derived, under its anchor with value, level, note, quotation and pinpoints', async () => {
    const levels = { primary: 'Primary text', secondary: 'Secondary source', unverified: 'Unverified' };
    for (const jurisdiction of atlas.jurisdictions) {
      const root = await page(`jurisdictions/${jurisdiction.id}`);
      for (const dimension of DIMENSIONS) {
        const fact = jurisdiction.facts[dimension.id];
        const heading = root.querySelector(`[id="${dimension.id}"]`);
        const where = `${jurisdiction.id}#${dimension.id}`;
        expect(heading?.tagName, where).toBe('H4');
        const text = squash(heading?.parentNode?.text ?? '');
        for (const part of visibleParts(dimension, fact.value)) expect(text, where).toContain(squash(part));
        expect(text, where).toContain(levels[fact.verification]);
        if (fact.basis)
          expect(text, where).toContain(
            { union: 'EU rule applied', national: 'National choice', both: 'EU rule with a national addition' }[fact.basis],
          );
        for (const extra of [fact.note, fact.quote, ...[...fact.sources, ...(fact.searched ?? [])].map((citation) => citation.pinpoint)]) {
          if (extra !== undefined) expect(text, where).toContain(squash(extra));
        }
        expect(text.includes('Searched without finding an answer'), where).toBe(fact.value === 'unknown');
        if (fact.recheck) expect(text, where).toContain(`Re-checked ${fact.recheck.date}`);
      }
      for (const source of jurisdiction.sources)
        expect(root.querySelector(`[id="source-${source.id}"]`), `${jurisdiction.id} source ${source.id}`).not.toBeNull();
      const changes = squash((await page(`jurisdictions/${jurisdiction.id}/history`)).querySelector('main')?.text ?? '');
      for (const change of jurisdiction.changes ?? []) expect(changes, `${jurisdiction.id} change ${change.date}`).toContain(squash(change.reason));
    }
  });

  it('mark Chinese, Japanese and Korean passages and foreign-language quotations with their language', async () => {
    const kr = await page('jurisdictions/kr');
    expect(kr.querySelector('#source-fta cite span[lang="ko"]')?.text).toBe('대외무역법');
    for (const jurisdiction of atlas.jurisdictions) {
      const root = await page(`jurisdictions/${jurisdiction.id}`);
      for (const dimension of STORED_DIMENSIONS) {
        const fact = jurisdiction.facts[dimension.id];
        if (fact.quoteLanguage)
          expect(root.querySelector(`[id="${dimension.id}"]`)?.parentNode?.querySelector('blockquote')?.getAttribute('lang')).toBe(
            fact.quoteLanguage,
          );
      }
      const main = parse(root.querySelector('main')!.outerHTML);
      for (const marked of main.querySelectorAll('[lang]')) marked.remove();
      const text = main.text;
      expect(
        text.match(/[\p{sc=Han}\p{sc=Hangul}\p{sc=Hiragana}\p{sc=Katakana}].{0,20}/u)?.[0],
        `${jurisdiction.id}: a CJK run without lang`,
      ).toBeUndefined();
    }
  });
});

describe('no page shows an option identifier', () => {
  it('reads labels, not ids, outside code samples', async () => {
    // Hyphenated ids that are not also everyday English ("cyber-surveillance", "human-rights" read as prose).
    const everyday = new Set(['cyber-surveillance', 'human-rights', 'additive-manufacturing', 'advanced-computing', 'semiconductor-equipment']);
    const ids = DIMENSIONS.flatMap((dimension) => ('options' in dimension.type ? dimension.type.options.map((option) => option.id) : [])).filter(
      (id) => id.includes('-') && !everyday.has(id),
    );
    const paths = [
      ...atlas.jurisdictions.map((item) => `jurisdictions/${item.id}`),
      ...TOPICS.map((topic) => `topics/${topic.id}`),
      ...atlas.regimes.map((item) => `regimes/${item.id}`),
      'methodology',
      'codebook',
      'regimes',
    ];
    for (const path of paths) {
      const root = parse((await page(path)).querySelector('main')!.outerHTML);
      for (const code of root.querySelectorAll('code, a, time')) code.remove();
      const text = root.text;
      for (const id of new Set(ids)) expect(text.includes(id), `${path} shows "${id}"`).toBe(false);
    }
  });
});

describe('topic tables', () => {
  it('have a column per dimension of the topic, linked to its rule, and a cell per jurisdiction linking to the fact', async () => {
    for (const topic of TOPICS) {
      const root = await page(`topics/${topic.id}`);
      for (const dimension of DIMENSIONS.filter((item) => item.topic === topic.id)) {
        expect(root.querySelector(`th[id="${dimension.id}"] a[href="/codebook/#${dimension.id}"]`), `${topic.id}/${dimension.id}`).not.toBeNull();
        for (const jurisdiction of atlas.jurisdictions) {
          expect(
            root.querySelector(`td a[href="/jurisdictions/${jurisdiction.id}/#${dimension.id}"]`),
            `${topic.id}: ${jurisdiction.id}#${dimension.id}`,
          ).not.toBeNull();
        }
      }
    }
  });

  it.each(['topics/enforcement', 'jurisdictions', 'coverage'])('list jurisdictions by their displayed name (%s)', async (path) => {
    const root = await page(path);
    // The first table lists the jurisdictions (the coverage page's world-tier table follows it).
    const names = root
      .querySelector('table')!
      .querySelectorAll('tbody th[scope="row"]')
      .map((cell) => squash(cell.text));
    expect(names.length).toBe(atlas.jurisdictions.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(names.indexOf('China')).toBeLessThan(names.indexOf('Switzerland'));
  });
});

describe('codebook', () => {
  it('gives every dimension a rule with its question and a worked example, linked from every profile fact', async () => {
    const root = await page('codebook');
    for (const dimension of DIMENSIONS) {
      const section = root.querySelector(`[id="${dimension.id}"]`)?.parentNode;
      expect(section, dimension.id).toBeDefined();
      const text = squash(section!.text);
      expect(text, dimension.id).toContain(squash(dimension.rule.question));
      expect(text, dimension.id).toContain(squash(dimension.rule.example));
    }
    const profile = await page(`jurisdictions/${atlas.jurisdictions[0]!.id}`);
    for (const dimension of DIMENSIONS) {
      expect(
        profile.querySelector(`[id="${dimension.id}"]`)?.parentNode?.querySelector(`a[href="/codebook/#${dimension.id}"]`),
        dimension.id,
      ).not.toBeNull();
    }
  });

  it('publishes the double-coding agreement, computed independently here, and a resolution for every disagreement', async () => {
    const load = async (name: string) => parseYaml(await readFile(join(ROOT, 'review', name), 'utf8'));
    const [first, second] = [await load('double-coding-first-reader.yaml'), await load('double-coding-second-reader.yaml')];
    const key = (value: unknown) => JSON.stringify(Array.isArray(value) ? [...value].sort() : value);
    let coded = 0;
    let agreed = 0;
    for (const code of first.facts) {
      const other = second.facts.find(
        (item: { jurisdiction: string; dimension: string }) => item.jurisdiction === code.jurisdiction && item.dimension === code.dimension,
      );
      if (!other || other.value === 'unknown') continue;
      coded += 1;
      if (key(code.value) === key(other.value)) agreed += 1;
    }
    const root = await page('codebook');
    expect(squash(root.querySelector('#double-coding')?.parentNode?.text ?? '')).toContain(`(${agreed} of ${coded})`);
    const rows = root.querySelectorAll('#disagreements + .table-wrap tbody tr');
    expect(rows.length).toBe(coded - agreed);
    for (const row of rows) expect(row.text, squash(row.text)).not.toContain('Under review');
  });

  it('is carried into the JSON Schema descriptions', async () => {
    const schema = JSON.parse(await readFile(join(DIST, 'data/atlas.schema.json'), 'utf8'));
    const facts = schema.$defs.Jurisdiction.properties.facts.properties;
    for (const dimension of DIMENSIONS) expect(facts[dimension.id].description, dimension.id).toContain(dimension.rule.question);
  });
});

describe('regime pages', () => {
  it('list every member with its join date as written, and count statuses in words', async () => {
    for (const { data } of content.regimes) {
      const root = await page(`regimes/${data.id}`);
      for (const member of data.members) {
        const row = root.querySelector(`tr[id="member-${member.id}"]`);
        expect(row, `${data.id}/${member.id}`).not.toBeNull();
        if (member.joined) expect(row!.text).toContain(member.joined);
      }
    }
    expect(squash((await page('regimes/nsg')).querySelector('.figures')!.text)).toContain('48 participants and 1 observer');
  });
});

describe('downloads', () => {
  it('include one CSV per topic with a row per jurisdiction, ids and labels', async () => {
    for (const topic of TOPICS) {
      const csv = await readFile(join(DIST, `data/${topic.id}.csv`), 'utf8');
      expect(csv.startsWith('\uFEFFjurisdiction,name,last_reviewed,')).toBe(true);
      const firstCells = csv.split('\r\n').map((line) => line.split(',')[0]);
      for (const jurisdiction of atlas.jurisdictions) expect(firstCells, topic.id).toContain(jurisdiction.id);
    }
    const international = await readFile(join(DIST, 'data/international.csv'), 'utf8');
    expect(international.split('\r\n')[0]).toContain('wassenaarStatus,wassenaarStatus__label,wassenaarStatus__verification,wassenaarStatus__sources');
    expect(international).toContain('participant,Member or participant,');
  });

  it('include every fact once in facts.csv, money split into amount, currency and US dollars, and every citation in citations.csv', async () => {
    const bytes = await readFile(join(DIST, 'data/facts.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...facts] = parseCsv(bytes.toString('utf8'));
    const expected = atlas.jurisdictions.reduce((sum, item) => sum + Object.keys(item.facts).length, 0);
    expect(facts.length).toBe(expected);
    expect(new Set(facts.map((row) => row[0])).size).toBe(facts.length);
    // Japan's maximum fine is JPY 1 billion for a company (its formula in words beside it): 6,385,288 US dollars at the
    // reference series' 156.61 yen to the dollar.
    const jp = facts.find((row) => row[0] === 'jp:criminalMaxFine')!;
    const at = (name: string) => jp[header!.findIndex((column) => column.startsWith(name))];
    expect([at('amount'), at('currency')]).toEqual(['1000000000', 'JPY']);
    expect(Math.round(Number(at('usd_at_')))).toBe(6385288);
    expect(at('formula')).toMatch(/^Corporations: up to JPY 1 billion/);
    const [citationHeader, ...citations] = parseCsv(await readFile(join(DIST, 'data/citations.csv'), 'utf8'));
    const cited = atlas.jurisdictions.reduce(
      (sum, item) => sum + Object.values(item.facts).reduce((n, fact) => n + fact.sources.length + (fact.searched?.length ?? 0), 0),
      0,
    );
    expect(citations.length).toBe(cited);
    expect(citationHeader!.slice(0, 3)).toEqual(['citation_id', 'fact_id', 'jurisdiction']);
    expect(new Set(citations.map((row) => row[0])).size).toBe(citations.length);
  });

  it('include a JSON Schema that describes every dimension and names shared parts once under $defs', async () => {
    const schema = JSON.parse(await readFile(join(DIST, 'data/atlas.schema.json'), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.$defs)).toEqual(
      expect.arrayContaining(['Source', 'Citation', 'PartialDate', 'Money', 'Jurisdiction', 'Regime', 'Member']),
    );
    expect(Object.keys(schema.$defs.Jurisdiction.properties.facts.properties).sort()).toEqual(DIMENSIONS.map((dimension) => dimension.id).sort());
    expect(schema.$defs.Source.properties.copy.enum).toEqual(['official', 'official-translation', 'unofficial-reproduction', 'secondary-analysis']);
  });
});

describe('search index', () => {
  it('covers every content page and carries the jurisdiction, topic and type filters', async () => {
    const entry = JSON.parse(await readFile(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBeGreaterThanOrEqual(content.jurisdictions.length + TOPICS.length + content.regimes.length);
    const profile = await page(`jurisdictions/${content.jurisdictions[0]!.data.id}`);
    const filters = profile.querySelectorAll('[data-pagefind-filter]').map((element) => element.getAttribute('data-pagefind-filter')!.split(':')[0]);
    expect(new Set(filters)).toEqual(new Set(['type', 'jurisdiction', 'topic']));
  });

  it('makes each topic of each profile a search record of its own, indexed once, with every fact at its anchor', async () => {
    let records = 0;
    for (const jurisdiction of content.jurisdictions) {
      const root = await page(`jurisdictions/${jurisdiction.data.id}`);
      const sections = root.querySelectorAll('section[data-search-record]');
      expect(sections.map((section) => section.getAttribute('data-search-anchor'))).toEqual(TOPICS.map((topic) => `topic-${topic.id}`));
      for (const section of sections) {
        expect(section.hasAttribute('data-pagefind-ignore')).toBe(true);
        expect(JSON.parse(section.getAttribute('data-search-record-filters')!).type).toEqual(['Profile facts']);
      }
      const inRecords = new Set(sections.flatMap((section) => section.querySelectorAll('h4[id]').map((heading) => heading.id)));
      for (const dimension of Object.keys(jurisdiction.data.facts))
        expect(inRecords.has(dimension), `${jurisdiction.data.id} ${dimension}`).toBe(true);
      records += sections.length;
    }
    const entry = JSON.parse(await readFile(join(DIST, 'pagefind/pagefind-entry.json'), 'utf8'));
    expect(entry.languages.en.page_count).toBeGreaterThan(records);
  });
});

/** A throwaway copy of the project whose content has one broken fact; node_modules is linked, not copied. */
async function brokenProject(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'atlas-broken-'));
  for (const item of ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'])
    await cp(join(ROOT, item), join(root, item), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  const file = join(root, 'src/content/jurisdictions/us.mdx');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/(criminalMaxImprisonmentYears:\n\s+value:) 20/, '$1 twenty'));
  return root;
}

describe('a broken fact stops the build', () => {
  it('npm run validate exits non-zero with a line naming the file and the field', async () => {
    const root = await brokenProject();
    try {
      await expect(run(process.execPath, [join(ROOT, 'scripts/validate-content.ts'), root])).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/src\/content\/jurisdictions\/us\.mdx:\d+: facts\.criminalMaxImprisonmentYears\.value — expected a number/),
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('a plain astro build prints the same line and fails', { timeout: 120_000 }, async () => {
    const root = await brokenProject();
    try {
      const build = run(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root], { cwd: root });
      const failure = await build.then(
        () => undefined,
        (error: { code: number; stdout: string; stderr: string }) => error,
      );
      expect(failure?.code).toBe(1);
      expect(`${failure?.stdout}${failure?.stderr}`).toMatch(
        /src\/content\/jurisdictions\/us\.mdx:\d+: facts\.criminalMaxImprisonmentYears\.value — expected a number \(years\) or life \(or none \/ not-applicable \/ unknown\), got text "twenty"/,
      );
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

/** RFC 4180, as the downloads are written: a byte-order mark, quoted fields with doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i]!;
    if (quoted && c === '"' && body[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(cell);
      cell = '';
    } else if (!quoted && c === '\r' && body[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else {
      cell += c;
    }
  }
  return rows;
}
