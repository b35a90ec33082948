/** The content release id, the history diffed between release ledgers, and training-module answer keys. */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentRelease } from '../src/tooling/release.ts';
import { ledgerOf, readLedgers, reconcile, type Ledger } from '../src/tooling/history.ts';
import { validateContent } from '../src/tooling/validate-content.ts';
import type { Jurisdiction } from '../src/schemas/jurisdiction.ts';

const ROOT = join(import.meta.dirname, '..');
const temps: string[] = [];
afterAll(async () => Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true }))));

/** A copy of the repository's content, registry and release ledgers, to change one thing in. */
async function copyOfContent(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'atlas-release-'));
  temps.push(root);
  await cp(join(ROOT, 'src/content'), join(root, 'src/content'), { recursive: true });
  await cp(join(ROOT, 'src/schemas/dimensions.ts'), join(root, 'src/schemas/dimensions.ts'));
  await cp(join(ROOT, 'releases'), join(root, 'releases'), { recursive: true });
  return root;
}

async function edit(root: string, file: string, from: string, to: string) {
  const path = join(root, file);
  const text = await readFile(path, 'utf8');
  expect(text, `${file} contains the text to replace`).toContain(from);
  await writeFile(path, text.replace(from, to));
}

const errors = async (root: string) =>
  (await validateContent(root)).problems
    .filter((problem) => problem.severity === 'error')
    .map((problem) => `${problem.file}: ${problem.field} — ${problem.message}`);

describe('content release id', () => {
  it('is the latest content date and a hash of the content, the same for the same content and new for any change', async () => {
    const root = await copyOfContent();
    const before = contentRelease(root);
    expect(before.id).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
    expect(contentRelease(root)).toEqual(before);
    expect(before).toEqual(contentRelease(ROOT));
    await edit(root, 'src/content/jurisdictions/jp.mdx', 'lastReviewed:', 'lastReviewed: 2031-01-02\nx:');
    const after = contentRelease(root);
    expect(after.date).toBe('2031-01-02');
    expect(after.hash).not.toBe(before.hash);
  });
});

describe('history between releases', () => {
  const jurisdiction = (value: unknown, changes: Jurisdiction['changes'] = []) =>
    ({
      id: 'xx',
      name: 'Testland',
      facts: { criminalMaxImprisonmentYears: { value, verification: 'secondary', sources: [{ ref: 'act', pinpoint: 's. 1' }] } },
      changes,
    }) as unknown as Jurisdiction;
  const ledger = (release: string, date: string, value: unknown): Ledger => ({
    release,
    date,
    jurisdictions: { xx: { name: 'Testland', facts: { criminalMaxImprisonmentYears: { value, verification: 'secondary', sources: ['act s. 1'] } } } },
  });

  it('takes from and to from the diff and the reason from the record', () => {
    const record = { date: '2027-01-05', dimension: 'criminalMaxImprisonmentYears', reason: 'Raised by the 2027 amendment.', ref: 'act' };
    const { events, problems } = reconcile([ledger('2027-01-01.aaaaaaaa', '2027-01-01', 7)], ledger('2027-01-05.bbbbbbbb', '2027-01-05', 10), [
      { file: 'xx.mdx', data: jurisdiction(10, [record]) },
    ]);
    expect(problems).toEqual([]);
    expect(events).toEqual([
      expect.objectContaining({
        jurisdiction: 'xx',
        field: 'value',
        from: 7,
        to: 10,
        reason: 'Raised by the 2027 amendment.',
        release: '2027-01-05.bbbbbbbb',
      }),
    ]);
  });

  it('fails a change with no record, and a record that no change shows', () => {
    const unexplained = reconcile([ledger('2027-01-01.aaaaaaaa', '2027-01-01', 7)], ledger('2027-01-05.bbbbbbbb', '2027-01-05', 10), [
      { file: 'xx.mdx', data: jurisdiction(10) },
    ]);
    expect(unexplained.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^the value changed since release 2027-01-01\.aaaaaaaa \(from 7 to 10\) with no record/),
    ]);
    const unseen = reconcile([ledger('2027-01-01.aaaaaaaa', '2027-01-01', 7)], ledger('2027-01-05.bbbbbbbb', '2027-01-05', 7), [
      { file: 'xx.mdx', data: jurisdiction(7, [{ date: '2027-01-03', dimension: 'criminalMaxImprisonmentYears', to: 10, reason: 'Raised.' }]) },
    ]);
    expect(unseen.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^records a value change to criminalMaxImprisonmentYears on 2027-01-03 that the content does not show/),
    ]);
  });

  it('lets a value record explain the new verification level and citations that come with the value', () => {
    const before = ledger('2027-01-01.aaaaaaaa', '2027-01-01', 'unknown');
    const after: Ledger = {
      ...ledger('2027-01-05.bbbbbbbb', '2027-01-05', 7),
      jurisdictions: {
        xx: { name: 'Testland', facts: { criminalMaxImprisonmentYears: { value: 7, verification: 'primary', sources: ['act s. 9'] } } },
      },
    };
    const { events, problems } = reconcile([before], after, [
      { file: 'xx.mdx', data: jurisdiction(7, [{ date: '2027-01-05', dimension: 'criminalMaxImprisonmentYears', reason: 'Read s. 9.' }]) },
    ]);
    expect(problems).toEqual([]);
    expect(events.map((event) => event.field)).toEqual(['value']);
  });

  it('fails a record whose `to` disagrees with the diff', () => {
    const { problems } = reconcile([ledger('2027-01-01.aaaaaaaa', '2027-01-01', 7)], ledger('2027-01-05.bbbbbbbb', '2027-01-05', 10), [
      { file: 'xx.mdx', data: jurisdiction(10, [{ date: '2027-01-05', dimension: 'criminalMaxImprisonmentYears', to: 12, reason: 'Raised.' }]) },
    ]);
    expect(problems).toHaveLength(2);
  });

  it('stops the real content: a value changed after the kept ledger, without a record, is an error naming file and fact', async () => {
    const root = await copyOfContent();
    expect(readLedgers(root).length).toBeGreaterThan(0);
    expect(await errors(root)).toEqual([]);
    await edit(
      root,
      'src/content/jurisdictions/jp.mdx',
      '  criminalMaxImprisonmentYears:\n    value: 10\n',
      '  criminalMaxImprisonmentYears:\n    value: 11\n',
    );
    expect(await errors(root)).toContain(
      'src/content/jurisdictions/jp.mdx: facts.criminalMaxImprisonmentYears — the value changed since release ' +
        readLedgers(root).at(-1)!.release +
        ' (from 10 to 11) with no record: add one under changes (date, dimension: criminalMaxImprisonmentYears, reason, ref)',
    );
  });

  it('keeps world-tier entries apart, on the questions they researched: added with the first ledger that keeps them, then diffed', () => {
    const entry = (value: unknown): Ledger['jurisdictions'][string] => ({
      name: 'Worldland',
      facts: { primaryLegislation: { value, verification: 'secondary', sources: ['act s. 1'] } },
    });
    const base = ledger('2027-01-01.aaaaaaaa', '2027-01-01', 7);
    const kept: Ledger = { ...ledger('2027-01-05.bbbbbbbb', '2027-01-05', 7), world: { yy: entry('unknown') } };
    const changed: Ledger = { ...ledger('2027-01-09.cccccccc', '2027-01-09', 7), world: { yy: entry('Export Act 2027') } };
    const profile = { file: 'xx.mdx', data: jurisdiction(7) };
    // The first ledger that keeps the world tier adds its entries, with no change.
    const first = reconcile([base], kept, [profile, { file: 'src/content/world/yy.mdx', data: { id: 'yy' } }]);
    expect(first.problems).toEqual([]);
    expect(first.additions).toContainEqual(expect.objectContaining({ jurisdiction: 'yy', world: true, release: '2027-01-05.bbbbbbbb' }));
    // From then on, a change needs a record in the entry.
    const unexplained = reconcile([base, kept], changed, [profile, { file: 'src/content/world/yy.mdx', data: { id: 'yy' } }]);
    expect(unexplained.problems).toEqual([
      expect.objectContaining({
        file: 'src/content/world/yy.mdx',
        field: 'facts.primaryLegislation',
        message: expect.stringMatching(
          /^the value changed since release 2027-01-05\.bbbbbbbb \(from "unknown" to "Export Act 2027"\) with no record/,
        ),
      }),
    ]);
    const record = { date: '2027-01-09', dimension: 'primaryLegislation', reason: 'The Act was read.', ref: 'act' };
    const explained = reconcile([base, kept], changed, [profile, { file: 'src/content/world/yy.mdx', data: { id: 'yy', changes: [record] } }]);
    expect(explained.problems).toEqual([]);
    expect(explained.events).toEqual([expect.objectContaining({ jurisdiction: 'yy', to: 'Export Act 2027', reason: 'The Act was read.' })]);
  });

  it('stops the real content when a world-tier fact changes after the ledger that keeps it, without a record', async () => {
    const root = await copyOfContent();
    expect(readLedgers(root).at(-1)!.world?.['qa']).toBeDefined();
    await edit(root, 'src/content/world/qa.mdx', '    verification: primary\n', '    verification: secondary\n');
    expect(await errors(root)).toContain(
      'src/content/world/qa.mdx: facts.primaryLegislation — the verification changed since release ' +
        readLedgers(root).at(-1)!.release +
        ' (from "primary" to "secondary") with no record: add one under changes (date, dimension: primaryLegislation, field: verification, reason, ref)',
    );
  });

  it('orders releases of one day along their links, not by their hash ids, and refuses a broken chain', async () => {
    const root = await mkdtemp(join(tmpdir(), 'atlas-ledgers-'));
    temps.push(root);
    const write = (release: string, previous?: string) =>
      writeFile(
        join(root, 'releases', `${release}.json`),
        JSON.stringify({ release, date: '2027-01-01', jurisdictions: {}, ...(previous ? { previous } : {}) }),
      );
    await mkdir(join(root, 'releases'));
    await write('2027-01-01.cccccccc');
    await write('2027-01-01.aaaaaaaa', '2027-01-01.cccccccc');
    await write('2027-01-01.bbbbbbbb', '2027-01-01.aaaaaaaa');
    expect(readLedgers(root).map((ledger) => ledger.release)).toEqual(['2027-01-01.cccccccc', '2027-01-01.aaaaaaaa', '2027-01-01.bbbbbbbb']);
    await write('2027-01-01.dddddddd', '2027-01-01.aaaaaaaa');
    expect(() => readLedgers(root)).toThrow(
      /releases\/2027-01-01\.dddddddd\.json: its previous release 2027-01-01\.aaaaaaaa is not the last one before it/,
    );
  });

  it('keeps a ledger of every stored fact of the content, named after its release', () => {
    const ledgers = readLedgers(ROOT);
    const last = ledgers.at(-1)!;
    expect(last.release).toMatch(/^\d{4}-\d{2}-\d{2}\.[0-9a-f]{8}$/);
    expect(Object.keys(last.jurisdictions).length).toBeGreaterThanOrEqual(27);
    expect(Object.keys(ledgerOf([], { id: 'x', date: '2027-01-01' }).jurisdictions)).toEqual([]);
  });
});

describe('training modules', () => {
  it('every answer key cites existing facts with their current values', async () => {
    const { modules, problems } = await validateContent(ROOT);
    expect(modules.length).toBeGreaterThanOrEqual(3);
    expect(problems.filter((problem) => problem.file.startsWith('src/content/modules'))).toEqual([]);
    for (const module of modules) expect(module.data.exercises.every((exercise) => exercise.cites.length > 0)).toBe(true);
  });

  it('stops the build when a fact a key relies on changes value, naming the module, the exercise and both values', async () => {
    const root = await copyOfContent();
    const { modules } = await validateContent(root);
    const cite = modules
      .flatMap((module) => module.data.exercises.flatMap((exercise) => exercise.cites.map((item) => ({ module, exercise, item }))))
      .find(({ item }) => item.fact === 'jp.criminalMaxImprisonmentYears');
    expect(cite, 'a module cites jp.criminalMaxImprisonmentYears').toBeDefined();
    await edit(
      root,
      'src/content/jurisdictions/jp.mdx',
      '  criminalMaxImprisonmentYears:\n    value: 10\n',
      '  criminalMaxImprisonmentYears:\n    value: 11\n',
    );
    const messages = await errors(root);
    expect(
      messages.some(
        (message) =>
          message.startsWith(cite!.module.file) &&
          message.includes(`the answer to "${cite!.exercise.id}" relies on jp.criminalMaxImprisonmentYears = 10`) &&
          message.includes('now says 11'),
      ),
    ).toBe(true);
  });
});
