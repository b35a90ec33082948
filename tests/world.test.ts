/** The world tier: its schema and tier rules, and every entry's facts on its page, in the data and on the map. */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { validateContent } from '../src/tooling/validate-content.ts';
import { lawCounts, lawKey } from '../src/lib/world.ts';
import { WORLD_DIMENSIONS } from '../src/schemas/world.ts';
import { DIMENSIONS } from '../src/schemas/dimensions.ts';
import type { Cell } from '../src/lib/compare.ts';

const ROOT = join(import.meta.dirname, '..');
const DIST = join(ROOT, 'dist');
const temps: string[] = [];
afterAll(async () => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

const ENTRY = `---
id: zz
name: Testland
status: un-member
lastReviewed: 2026-12-06
sources:
  - id: act
    title: Export Control Act 2020
    kind: statute
    copy: official
    url: https://example.org/act
    checked: 2026-12-06
    language: en
researched: [primaryLegislation]
facts:
  primaryLegislation:
    value: Export Control Act 2020 (Act No. 1 of 2020)
    verification: primary
    sources:
      - ref: act
        pinpoint: s. 1
---
`;

async function withWorldFile(name: string, text: string) {
  const root = await mkdtemp(join(tmpdir(), 'atlas-world-'));
  temps.push(root);
  await cp(join(ROOT, 'src/content'), join(root, 'src/content'), { recursive: true });
  await writeFile(join(root, 'src/content/world', name), text);
  return (await validateContent(root)).problems
    .filter((problem) => problem.file.endsWith(name))
    .map((problem) => `${problem.field} — ${problem.message}`);
}

describe('world-tier content', () => {
  it('accepts an entry that answers what it researched', async () => {
    expect(await withWorldFile('zz.mdx', ENTRY.replace('id: zz', 'id: aq'))).toEqual([]);
  });

  it('rejects a fact the entry does not list as researched, and a researched question without a fact', async () => {
    const problems = await withWorldFile(
      'aq.mdx',
      ENTRY.replace('id: zz', 'id: aq').replace('researched: [primaryLegislation]', 'researched: [licensingAuthority]'),
    );
    expect(problems).toHaveLength(2);
    expect(problems).toContain('facts.licensingAuthority — expected a fact for licensingAuthority, which researched lists');
    expect(problems.some((problem) => problem.startsWith('researched — expected primaryLegislation in researched, since the entry answers it'))).toBe(
      true,
    );
  });

  it('rejects a world-tier entry for a state with a full profile, and an unknown that does not say what was searched', async () => {
    expect(await withWorldFile('jp.mdx', ENTRY.replace('id: zz', 'id: jp'))).toEqual([
      'id — jp has a full profile (src/content/jurisdictions/jp.mdx): a state is in one tier only',
    ]);
    const unknown = ENTRY.replace('id: zz', 'id: aq').replace(
      /value: Export Control Act[^\n]*\n    verification: primary\n    sources:\n      - ref: act\n        pinpoint: s. 1\n/,
      'value: unknown\n    verification: unverified\n    note: Not found.\n',
    );
    expect(await withWorldFile('aq.mdx', unknown)).toContain(
      'facts.primaryLegislation.searched — expected the texts searched without finding the answer, as { ref, pinpoint }: an unknown says where we looked',
    );
  });

  it('codes the law layer: a law, none, not established, not researched', () => {
    expect([lawKey('Export Control Act 2020'), lawKey('none'), lawKey('unknown'), lawKey(undefined)]).toEqual([
      'law',
      'no-law',
      'unknown',
      'not-researched',
    ]);
    expect(lawCounts(['law', 'law', 'unknown'])).toEqual({ law: 2, 'no-law': 0, unknown: 1, 'not-researched': 0 });
  });
});

describe('the built world tier', () => {
  it('shows every researched fact of every entry on its page and in world.json, and the rest as not researched', async () => {
    const { world } = await validateContent(ROOT);
    expect(world.length).toBeGreaterThan(0);
    const data = JSON.parse(await readFile(join(DIST, 'data/world.json'), 'utf8')) as {
      entries: { id: string; facts: Record<string, { value: unknown }> }[];
    };
    expect(data.entries.map((entry) => entry.id).sort()).toEqual(world.map((entry) => entry.data.id).sort());
    for (const { data: entry } of world) {
      const page = parse(await readFile(join(DIST, 'world', entry.id, 'index.html'), 'utf8'));
      const published = data.entries.find((item) => item.id === entry.id)!;
      for (const id of WORLD_DIMENSIONS) {
        const block = page.querySelector(`[id="${id}"]`)!.parentNode!;
        const fact = entry.facts[id];
        if (!fact) {
          expect(block.text, `${entry.id}.${id}`).toContain('Not researched');
          expect(published.facts[id], `${entry.id}.${id}`).toBeUndefined();
          continue;
        }
        expect(published.facts[id]?.value, `${entry.id}.${id}`).toEqual(fact.value);
        const cited = fact.value === 'unknown' ? (fact.searched ?? []) : fact.sources;
        for (const citation of cited) expect(block.text.replace(/\s+/g, ' '), `${entry.id}.${id}`).toContain(citation.pinpoint.replace(/\s+/g, ' '));
      }
      expect(page.querySelector('#regimes')).not.toBeNull();
    }
  });

  it('puts every UN member state on the law map or in the table beside it, and counts the tiers on the home and coverage pages', async () => {
    const page = parse(await readFile(join(DIST, 'world/index.html'), 'utf8'));
    const table = page.querySelectorAll('table.un-status tbody tr');
    expect(table.length).toBe(193);
    expect(page.querySelector('#law-map-title')?.text).toContain('Export-control law');
    const home = parse(await readFile(join(DIST, 'index.html'), 'utf8')).querySelector('.figures')!.text;
    expect(home).toMatch(/more UN member states in the world tier/);
    const coverage = parse(await readFile(join(DIST, 'coverage/index.html'), 'utf8'));
    expect(coverage.querySelector('#world-tier')).not.toBeNull();
  });
});

describe('the world tier in compare, baselines and search', () => {
  it('serves each entry’s compare cells for what it researched and its regime statuses only, and puts them in the dimension files', async () => {
    const { world } = await validateContent(ROOT);
    const regimeDimensions = DIMENSIONS.filter((dimension) => dimension.derived).map((dimension) => dimension.id);
    const law = JSON.parse(await readFile(join(DIST, 'data/compare/d/primaryLegislation.json'), 'utf8')) as Record<string, Cell>;
    for (const { data: entry } of world) {
      const cells = JSON.parse(await readFile(join(DIST, 'data/compare/j', `${entry.id}.json`), 'utf8')) as Record<string, Cell>;
      expect(Object.keys(cells).sort(), entry.id).toEqual([...entry.researched, ...regimeDimensions].sort());
      expect(entry.id in law, entry.id).toBe(entry.researched.includes('primaryLegislation'));
      if (law[entry.id]) expect(law[entry.id]!.s === 'unknown', entry.id).toBe(entry.facts.primaryLegislation!.value === 'unknown');
    }
    const index = parse(await readFile(join(DIST, 'compare/index.html'), 'utf8'));
    const payload = JSON.parse(index.querySelector('#compare-index')!.text) as { jurisdictions: { id: string; w?: 1 }[] };
    expect(
      payload.jurisdictions
        .filter((item) => item.w)
        .map((item) => item.id)
        .sort(),
    ).toEqual(world.map((entry) => entry.data.id).sort());
  });

  it('reads the 1540 provision on laws for every entry from its law answer, and every other provision as not researched or covered', async () => {
    const { world } = await validateContent(ROOT);
    const baselines = JSON.parse(await readFile(join(DIST, 'data/baselines.json'), 'utf8')) as {
      worldTier: { entries: { id: string; standards: Record<string, Record<string, { verdict: string }>> }[] };
    };
    expect(baselines.worldTier.entries.map((entry) => entry.id).sort()).toEqual(world.map((entry) => entry.data.id).sort());
    const expected = (fact: { value: unknown; verification: string } | undefined) =>
      fact === undefined
        ? 'not-researched'
        : fact.value === 'unknown' || fact.verification === 'unverified'
          ? 'unknown'
          : fact.value === 'none'
            ? 'no-provision'
            : 'meets';
    for (const { data: entry } of world) {
      const verdicts = baselines.worldTier.entries.find((item) => item.id === entry.id)!.standards['unscr-1540']!;
      expect(verdicts['op3d-laws']!.verdict, entry.id).toBe(expected(entry.facts.primaryLegislation));
      for (const [id, { verdict }] of Object.entries(verdicts)) {
        if (id !== 'op3d-laws') expect(['not-researched', 'not-covered'], `${entry.id} ${id}`).toContain(verdict);
      }
      const page = parse(await readFile(join(DIST, 'world', entry.id, 'index.html'), 'utf8'));
      expect(page.querySelector('#baselines'), entry.id).not.toBeNull();
    }
  });

  it('indexes every world-tier page for search, with the "World tier" filter', async () => {
    const { world } = await validateContent(ROOT);
    for (const { data: entry } of world) {
      const page = await readFile(join(DIST, 'world', entry.id, 'index.html'), 'utf8');
      expect(page, entry.id).toContain('data-pagefind-body');
      expect(page, entry.id).toContain('data-pagefind-filter="type:World tier"');
    }
  });
});
