/**
 * Checks the built site (`dist/`, made by `npm run build` before the tests) against the
 * content read independently from disk: nothing in the content is silently dropped.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent, type ValidContent } from '../src/lib/validate-content.ts';
import { DIMENSIONS, TOPICS, type Dimension } from '../src/schemas/dimensions.ts';
import type { Fact } from '../src/schemas/fact.ts';
import { openDataSchema, type OpenData } from '../src/schemas/open-data.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

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

/** What a reader must see for a value, written independently of the site's formatter. */
function visibleParts(dimension: Dimension, value: Fact['value']): string[] {
  const special: Record<string, string> = { none: 'None', 'not-applicable': 'Not applicable', unknown: 'Unknown', life: 'Life imprisonment' };
  if (typeof value === 'string') return [special[value] ?? value];
  if (typeof value === 'boolean') return [value ? 'Yes' : 'No'];
  if (typeof value === 'number') return [value.toLocaleString('en-GB')];
  if (Array.isArray(value)) return value.map((item) => (dimension.type.kind === 'jurisdictions' ? item.toUpperCase() : item));
  return [
    ...(value.unlimited ? ['Unlimited'] : []),
    ...(value.amount === undefined ? [] : [`${value.currency} ${value.amount.toLocaleString('en-GB')}`]),
    ...(value.formula === undefined ? [] : [value.formula]),
  ];
}

beforeAll(async () => {
  if (!existsSync(join(DIST, 'data/atlas.json'))) throw new Error('dist/ is missing: run `npm run build` before these tests (npm test does).');
  content = await validateContent(ROOT);
  atlas = JSON.parse(await readFile(join(DIST, 'data/atlas.json'), 'utf8')) as OpenData;
});

describe('content', () => {
  it('validates and holds the seed jurisdictions and regimes', () => {
    expect(content.problems).toEqual([]);
    expect(content.jurisdictions.map((entry) => entry.data.id).sort()).toEqual(expect.arrayContaining(['eu', 'gb', 'us']));
    expect(content.regimes.map((entry) => entry.data.id).sort()).toEqual(
      expect.arrayContaining(['att', 'australia-group', 'mtcr', 'nsg', 'wassenaar']),
    );
  });

  it('answers every dimension of each seed jurisdiction with something other than silence', () => {
    for (const { data } of content.jurisdictions) expect(Object.keys(data.facts).sort()).toEqual(DIMENSIONS.map((dimension) => dimension.id).sort());
  });
});

describe('atlas.json', () => {
  it('matches its published schema', () => {
    const result = openDataSchema.safeParse(atlas);
    expect(result.success, result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))).toBe(true);
  });

  it('carries every fact of the content with its value, level, note and pinpointed sources', () => {
    for (const { data } of content.jurisdictions) {
      const published = atlas.jurisdictions.find((item) => item.id === data.id);
      expect(published, data.id).toBeDefined();
      const titles = new Map(data.sources.map((source) => [source.id, source.title]));
      for (const dimension of DIMENSIONS) {
        const fact = data.facts[dimension.id]!;
        const out = published!.facts[dimension.id]!;
        const where = `${data.id}.${dimension.id}`;
        expect(out.value, where).toEqual(fact.value);
        expect(out.verification, where).toBe(fact.verification);
        expect(out.note, where).toBe(fact.note);
        expect(out.quote, where).toBe(fact.quote);
        expect(out.asOf, where).toBe(fact.asOf);
        expect(
          out.sources.map((source) => [source.title, source.pinpoint]),
          where,
        ).toEqual(fact.sources.map((citation) => [titles.get(citation.ref), citation.pinpoint]));
      }
      expect(published!.sources.map((source) => source.id)).toEqual(data.sources.map((source) => source.id));
    }
  });

  it('carries every regime member with status and join date', () => {
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
  it('show every fact under its anchor with value, level, note, quotation and pinpoints', async () => {
    const levels = { primary: 'Primary text', secondary: 'Secondary source', unverified: 'Unverified' };
    for (const { data } of content.jurisdictions) {
      const root = await page(`jurisdictions/${data.id}`);
      for (const dimension of DIMENSIONS) {
        const fact = data.facts[dimension.id]!;
        const heading = root.querySelector(`[id="${dimension.id}"]`);
        const where = `${data.id}#${dimension.id}`;
        expect(heading?.tagName, where).toBe('H3');
        const text = squash(heading?.parentNode?.text ?? '');
        for (const part of visibleParts(dimension, fact.value)) expect(text, where).toContain(squash(part));
        expect(text, where).toContain(levels[fact.verification]);
        for (const extra of [fact.note, fact.quote, ...fact.sources.map((citation) => citation.pinpoint)]) {
          if (extra !== undefined) expect(text, where).toContain(squash(extra));
        }
      }
      for (const source of data.sources) expect(root.querySelector(`[id="source-${source.id}"]`), `${data.id} source ${source.id}`).not.toBeNull();
      const changes = squash(root.querySelector('#changes')?.parentNode?.text ?? '');
      for (const change of data.changes ?? []) expect(changes, `${data.id} change ${change.date}`).toContain(squash(change.reason));
    }
  });
});

describe('sources of every fact', () => {
  it('are cited for every fact; for an unknown they are the texts searched, and the profile says so', async () => {
    for (const { data } of content.jurisdictions) {
      const root = await page(`jurisdictions/${data.id}`);
      for (const dimension of DIMENSIONS) {
        const fact = data.facts[dimension.id]!;
        const where = `${data.id}#${dimension.id}`;
        expect(fact.sources.length, `${where} cites no source`).toBeGreaterThan(0);
        const text = squash(root.querySelector(`[id="${dimension.id}"]`)?.parentNode?.text ?? '');
        expect(text.includes('Searched without finding an answer'), where).toBe(fact.value === 'unknown');
      }
    }
  });
});

describe('topic tables', () => {
  it('have a column per dimension of the topic and a cell per jurisdiction linking to the fact', async () => {
    for (const topic of TOPICS) {
      const root = await page(`topics/${topic.id}`);
      for (const dimension of DIMENSIONS.filter((item) => item.topic === topic.id)) {
        expect(root.querySelector(`th[id="${dimension.id}"]`), `${topic.id}/${dimension.id}`).not.toBeNull();
        for (const { data } of content.jurisdictions) {
          expect(
            root.querySelector(`td a[href="/jurisdictions/${data.id}/#${dimension.id}"]`),
            `${topic.id}: ${data.id}#${dimension.id}`,
          ).not.toBeNull();
        }
      }
    }
  });
});

describe('regime pages', () => {
  it('list every member with its join date', async () => {
    for (const { data } of content.regimes) {
      const root = await page(`regimes/${data.id}`);
      for (const member of data.members) {
        const row = root.querySelector(`tr[id="member-${member.id}"]`);
        expect(row, `${data.id}/${member.id}`).not.toBeNull();
        if (member.joined) expect(row!.text).toContain(member.joined);
      }
    }
  });
});

describe('downloads', () => {
  it('include one CSV per topic with a row per jurisdiction', async () => {
    for (const topic of TOPICS) {
      const csv = await readFile(join(DIST, `data/${topic.id}.csv`), 'utf8');
      expect(csv.startsWith('jurisdiction,name,last_reviewed,')).toBe(true);
      const firstCells = csv.split('\r\n').map((line) => line.split(',')[0]);
      for (const { data } of content.jurisdictions) expect(firstCells, topic.id).toContain(data.id);
    }
  });

  it('include a JSON Schema that describes every dimension', async () => {
    const schema = JSON.parse(await readFile(join(DIST, 'data/atlas.schema.json'), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const factProperties = schema.properties.jurisdictions.items.properties.facts.properties;
    expect(Object.keys(factProperties).sort()).toEqual(DIMENSIONS.map((dimension) => dimension.id).sort());
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
});

describe('a broken fact stops the build', () => {
  it('exits non-zero with a line naming the file and the field', async () => {
    const root = await mkdtemp(join(tmpdir(), 'atlas-broken-'));
    try {
      await cp(join(ROOT, 'src/content'), join(root, 'src/content'), { recursive: true });
      const file = join(root, 'src/content/jurisdictions/us.mdx');
      const text = await readFile(file, 'utf8');
      await writeFile(file, text.replace(/(criminalMaxImprisonmentYears:\n\s+value:) 20/, '$1 twenty'));
      const run = promisify(execFile)(process.execPath, [join(ROOT, 'scripts/validate-content.ts'), root]);
      await expect(run).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringMatching(/src\/content\/jurisdictions\/us\.mdx:\d+: facts\.criminalMaxImprisonmentYears\.value — expected a number/),
      });
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
