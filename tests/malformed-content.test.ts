/**
 * A catalogue of malformed content. Each case breaks one thing in a valid fixture
 * and must fail validation with a line naming the file, the field and what was expected.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../src/lib/validate-content.ts';

const VALID = join(import.meta.dirname, 'fixtures/valid');
const JP = 'src/content/jurisdictions/jp.mdx';
const NSG = 'src/content/regimes/nsg.mdx';

interface Case {
  name: string;
  file: string;
  /** Text replaced in `file`; `from` must occur in the valid fixture. */
  from: string;
  to: string;
  /** Another file written into the tree, for cross-file cases. */
  extra?: { path: string; from: string; to: string };
  field: string;
  expected: RegExp;
}

const cases: Case[] = [
  {
    name: 'a number written as text',
    file: JP,
    from: 'value: 10\n',
    to: 'value: "ten"\n',
    field: 'facts.criminalMaxImprisonmentYears.value',
    expected: /expected a number \(years\) or life.*got text "ten"/,
  },
  {
    name: 'a boolean written as text',
    file: JP,
    from: 'brokeringControls:\n    value: true',
    to: 'brokeringControls:\n    value: "yes"',
    field: 'facts.brokeringControls.value',
    expected: /expected true or false/,
  },
  {
    name: 'a fact without a source',
    file: JP,
    from: 'sources:\n      - ref: primary-law\n        pinpoint: Art. 25(4)',
    to: 'sources: []',
    field: 'facts.brokeringControls.sources',
    expected: /expected at least one source/,
  },
  {
    name: 'a dangling source id',
    file: JP,
    from: 'ref: primary-law\n        pinpoint: Art. 69-6\n',
    to: 'ref: fewg-act\n        pinpoint: Art. 69-6\n',
    field: 'facts.criminalMaxImprisonmentYears.sources[0].ref',
    expected: /source "fewg-act" is not declared under sources/,
  },
  {
    name: 'a citation without a pinpoint',
    file: JP,
    from: '        pinpoint: Art. 25(4)\n',
    to: '',
    field: 'facts.brokeringControls.sources[0].pinpoint',
    expected: /expected a pinpoint/,
  },
  {
    name: 'a fact for a dimension that does not exist',
    file: JP,
    from: 'facts:\n',
    to: 'facts:\n  exportBanOnCheese:\n    value: true\n    verification: primary\n    sources: []\n',
    field: 'facts.exportBanOnCheese',
    expected: /unknown dimension "exportBanOnCheese"/,
  },
  {
    name: 'a dimension left out',
    file: JP,
    from: '  publicConsultation:\n    value: unknown\n    verification: unverified\n    sources: []\n    note: Not yet researched.\n',
    to: '',
    field: 'facts.publicConsultation',
    expected: /missing fact for dimension "publicConsultation"/,
  },
  {
    name: 'an impossible date',
    file: JP,
    from: 'lastReviewed: 2026-11-01',
    to: 'lastReviewed: 2026-02-30',
    field: 'lastReviewed',
    expected: /expected a real date written YYYY-MM-DD/,
  },
  {
    name: 'a date in the wrong format',
    file: JP,
    from: 'checked: 2026-11-01',
    to: 'checked: 1 November 2026',
    field: 'sources[0].checked',
    expected: /expected a real date written YYYY-MM-DD/,
  },
  {
    name: 'an unknown currency',
    file: JP,
    from: 'currency: JPY',
    to: 'currency: YEN',
    field: 'facts.criminalMaxFine.value.currency',
    expected: /expected an ISO 4217 currency code.*"YEN"/,
  },
  {
    name: 'an amount without a currency',
    file: JP,
    from: 'value: { amount: 30000000, currency: JPY, formula: or five times the value of the goods }',
    to: 'value: { amount: 30000000 }',
    field: 'facts.criminalMaxFine.value.currency',
    expected: /an amount needs an ISO 4217 currency/,
  },
  {
    name: 'an invalid verification level',
    file: JP,
    from: 'verification: primary\n',
    to: 'verification: confirmed\n',
    field: 'facts.brokeringControls.verification',
    expected: /expected one of primary, secondary, unverified.*"confirmed"/,
  },
  {
    name: 'an option that is not in the dimension’s list',
    file: JP,
    from: 'value: [informed, knowledge]',
    to: 'value: [informed, rumour]',
    field: 'facts.catchAllTrigger.value[1]',
    expected: /expected a list of informed, knowledge, reason-to-suspect/,
  },
  {
    name: 'a negative prison term',
    file: JP,
    from: 'value: 10\n',
    to: 'value: -3\n',
    field: 'facts.criminalMaxImprisonmentYears.value',
    expected: /not negative/,
  },
  {
    name: 'an unknown value with a primary verification level',
    file: JP,
    from: '  publicConsultation:\n    value: unknown\n    verification: unverified',
    to: '  publicConsultation:\n    value: unknown\n    verification: primary',
    field: 'facts.publicConsultation.verification',
    expected: /expected verification "unverified" for an unknown value/,
  },
  {
    name: 'a source URL that is not https',
    file: JP,
    from: 'url: https://www.japaneselawtranslation.go.jp/',
    to: 'url: http://www.japaneselawtranslation.go.jp/',
    field: 'sources[0].url',
    expected: /expected a full https:\/\/ URL/,
  },
  {
    name: 'an invalid jurisdiction code',
    file: JP,
    from: 'id: jp',
    to: 'id: JPN',
    field: 'id',
    expected: /expected a lowercase ISO 3166-1 alpha-2 code/,
  },
  {
    name: 'an unknown member code in a regime',
    file: NSG,
    from: '  - id: jp\n',
    to: '  - id: xx\n',
    field: 'members[0].id',
    expected: /expected a lowercase ISO 3166-1 alpha-2 code.*"xx"/,
  },
  {
    name: 'a member listed twice',
    file: NSG,
    from: '  - id: eu\n',
    to: '  - id: jp\n',
    field: 'members[1].id',
    expected: /"jp" is listed twice/,
  },
  {
    name: 'an unknown member status',
    file: NSG,
    from: 'status: observer',
    to: 'status: friend',
    field: 'members[1].status',
    expected: /expected one of participant, state-party, signatory, adherent, observer/,
  },
  {
    name: 'a duplicate jurisdiction id in two files',
    file: JP,
    from: 'id: jp',
    to: 'id: jp',
    extra: { path: 'src/content/jurisdictions/japan.mdx', from: '', to: '' },
    field: 'id',
    expected: /duplicate jurisdiction id "jp": already used by src\/content\/jurisdictions\/japan\.mdx/,
  },
  {
    name: 'a source declared twice in a regime',
    file: NSG,
    from: 'members:\n',
    to: '  - id: participants\n    title: Again\n    kind: regime\n    checked: 2026-11-01\n    verification: secondary\nmembers:\n',
    field: 'sources[1].id',
    expected: /duplicate source id "participants"/,
  },
  {
    name: 'a primary fact resting only on a secondary source',
    file: JP,
    from: '    kind: statute\n',
    to: '    kind: secondary\n',
    field: 'facts.brokeringControls.verification',
    expected: /a primary fact must cite at least one official source/,
  },
  {
    name: 'Markdown in a note, which the page would print literally',
    file: JP,
    from: '        pinpoint: Art. 25(4)\n',
    to: '        pinpoint: Art. 25(4)\n    note: >-\n      Two routes:\n      - **licence:** for listed goods.\n',
    field: 'facts.brokeringControls.note',
    expected: /expected plain text: Markdown/,
  },
  {
    name: 'broken YAML',
    file: JP,
    from: 'kind: state',
    to: 'kind: [state',
    field: '',
    expected: /YAML syntax/,
  },
];

const roots: string[] = [];
afterAll(async () => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

async function brokenTree(testCase: Case): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'atlas-malformed-'));
  roots.push(root);
  await cp(VALID, root, { recursive: true });
  const original = await readFile(join(root, testCase.file), 'utf8');
  if (!original.includes(testCase.from)) throw new Error(`fixture has no ${JSON.stringify(testCase.from)}`);
  await writeFile(join(root, testCase.file), original.replace(testCase.from, testCase.to));
  if (testCase.extra) await writeFile(join(root, testCase.extra.path), original);
  return root;
}

describe('valid fixture', () => {
  it('passes validation, so each case below fails for its own reason', async () => {
    const { problems, jurisdictions, regimes } = await validateContent(VALID);
    expect(problems).toEqual([]);
    expect([jurisdictions.length, regimes.length]).toEqual([1, 1]);
  });
});

describe.each(cases)('rejects $name', (testCase) => {
  it('names the file, the field and what was expected', async () => {
    const { problems } = await validateContent(await brokenTree(testCase));
    const lines = problems.map(formatProblem);
    const match = problems.find((problem) => (problem.field ?? '') === testCase.field && testCase.expected.test(problem.message));
    expect(match, `no problem on "${testCase.field}" matching ${testCase.expected} in:\n${lines.join('\n')}`).toBeDefined();
    expect(formatProblem(match!)).toMatch(/^src\/content\/(jurisdictions|regimes)\/[a-z]+\.mdx(:\d+)?: /);
    if (!testCase.extra) expect(match!.file).toBe(testCase.file);
  });
});

describe('error lines', () => {
  it('point at the line of the broken field', async () => {
    const root = await brokenTree(cases[0]!);
    const { problems } = await validateContent(root);
    const text = await readFile(join(root, JP), 'utf8');
    const expectedLine = text.split('\n').findIndex((line) => line.includes('value: "ten"')) + 1;
    expect(problems[0]?.line).toBe(expectedLine);
  });
});
