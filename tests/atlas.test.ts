import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOpenData, regimeStatusFact, topicCsv } from '../src/lib/atlas.ts';
import { coverageOf, isStale, totalCoverage } from '../src/lib/coverage.ts';
import { jurisdictionSkeleton } from '../src/tooling/scaffold.ts';
import { parseContent } from '../src/tooling/content-files.ts';
import { validateContent } from '../src/tooling/validate-content.ts';
import { DIMENSIONS, STORED_DIMENSIONS, dimensionsOfTopic } from '../src/schemas/dimensions.ts';
import { jurisdictionSchema } from '../src/schemas/jurisdiction.ts';
import { openDataSchema } from '../src/schemas/open-data.ts';

const fixture = await validateContent(join(import.meta.dirname, 'fixtures/valid'));
const jurisdictions = fixture.jurisdictions.map((entry) => entry.data);
const regimes = fixture.regimes.map((entry) => entry.data);
const data = buildOpenData(jurisdictions, regimes, '9.9.9');

describe('buildOpenData', () => {
  it('produces a document that its own published schema accepts', () => {
    expect(openDataSchema.safeParse(data).success).toBe(true);
    expect(data.release).toBe('9.9.9');
  });

  it('resolves each citation to its source with the pinpoint', () => {
    const fact = data.jurisdictions[0]?.facts['criminalMaxImprisonmentYears'];
    expect(fact?.value).toBe(10);
    expect(fact?.sources).toEqual([
      {
        id: 'primary-law',
        title: 'Foreign Exchange and Foreign Trade Act (Act No. 228 of 1949)',
        kind: 'statute',
        copy: 'official-translation',
        url: 'https://www.japaneselawtranslation.go.jp/en/laws/view/3760',
        versionDate: '2022-05',
        pinpoint: 'Art. 69-6',
        checked: '2026-11-01',
      },
    ]);
  });

  it('publishes every dimension, stored and derived, for every jurisdiction', () => {
    expect(Object.keys(data.jurisdictions[0]?.facts ?? {})).toEqual(DIMENSIONS.map((dimension) => dimension.id));
  });

  it('publishes source URLs percent-encoded, so they are valid URIs', () => {
    const korean = {
      ...jurisdictions[0]!,
      sources: [{ ...jurisdictions[0]!.sources[0]!, url: 'https://www.law.go.kr/법령/대외무역법' }, ...jurisdictions[0]!.sources.slice(1)],
    };
    const published = buildOpenData([korean], regimes, '9.9.9').jurisdictions[0]!;
    expect(published.sources[0]?.url).toBe('https://www.law.go.kr/%EB%B2%95%EB%A0%B9/%EB%8C%80%EC%99%B8%EB%AC%B4%EC%97%AD%EB%B2%95');
    expect(published.facts.brokeringControls.sources[0]?.url).toBe(published.sources[0]?.url);
  });

  it('keeps observer status apart from membership', () => {
    expect(data.regimes[0]?.members).toEqual([
      { id: 'eu', status: 'observer', source: 'participants' },
      { id: 'jp', status: 'participant', joined: '1978', source: 'participants' },
    ]);
  });

  it('is the same whatever order the content arrives in', () => {
    const other = buildOpenData([...jurisdictions].reverse(), [...regimes].reverse(), '9.9.9');
    expect(JSON.stringify(other)).toBe(JSON.stringify(data));
  });
});

describe('topicCsv', () => {
  it('has a column group per dimension of the topic and a row per jurisdiction', () => {
    const [header, row, end] = topicCsv(data, 'enforcement', { asOf: '2025-12-31', perUsd: { JPY: 150 } })
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    const columns = header!.split(',');
    expect(columns.slice(0, 3)).toEqual(['jurisdiction', 'name', 'last_reviewed']);
    const money = dimensionsOfTopic('enforcement').filter((dimension) => dimension.type.kind === 'money').length;
    expect(columns.length).toBe(3 + dimensionsOfTopic('enforcement').length * 12 + money * 5 + 1);
    expect(columns.at(-1)).toBe('release');
    expect(columns).toContain('criminalMaxFine__sources');
    // Money is split into numbers a spreadsheet sorts: JPY 30,000,000 at 150 yen to the dollar is USD 200,000.
    const cells = row!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((cell) => cell.replace(/,$/, ''));
    expect(cells[columns.indexOf('criminalMaxFine__amount')]).toBe('30000000');
    expect(cells[columns.indexOf('criminalMaxFine__currency')]).toBe('JPY');
    expect(cells[columns.indexOf('criminalMaxFine__usd_at_2025-12-31')]).toBe('200000');
    expect(columns).toContain('criminalMaxFine__basis');
    expect(row).toContain('30000000 JPY; or five times the value of the goods');
    expect(row).toContain(
      'Foreign Exchange and Foreign Trade Act (Act No. 228 of 1949), Art. 69-6 <https://www.japaneselawtranslation.go.jp/en/laws/view/3760>',
    );
    expect(end).toBe('');
  });
});

describe('coverage', () => {
  it('counts answered facts, unknowns and verification levels', () => {
    const coverage = coverageOf(jurisdictions[0]!);
    expect(coverage).toMatchObject({
      answered: 4,
      unknown: STORED_DIMENSIONS.length - 4,
      byVerification: { primary: 1, secondary: 3, unverified: 0 },
    });
    expect(totalCoverage([coverage, coverage])).toMatchObject({ jurisdictions: 2, answered: 8, facts: STORED_DIMENSIONS.length * 2 });
  });
});

describe('new:jurisdiction scaffold', () => {
  it('writes a file that validates, with every dimension unknown', () => {
    const parsed = parseContent('src/content/jurisdictions/kr.mdx', jurisdictionSkeleton('kr', '2026-11-27'));
    if ('message' in parsed) throw new Error(parsed.message);
    const result = jurisdictionSchema.safeParse(parsed.data);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.name).toBe('South Korea');
    expect(Object.values(result.data.facts).map((fact) => fact.value)).toEqual(STORED_DIMENSIONS.map(() => 'unknown'));
  });
});

describe('isStale', () => {
  it.each([
    ['2025-11-26', '2026-11-27', true],
    ['2025-11-27', '2026-11-27', false],
    ['2026-06-01', '2026-11-27', false],
  ])('a review on %s is stale on %s: %s', (reviewed, today, expected) => {
    expect(isStale(reviewed, today)).toBe(expected);
  });
});

describe('recorded changes', () => {
  it('reach the open data with date, dimension, old and new value and reason', () => {
    const jurisdiction = {
      ...jurisdictions[0]!,
      changes: [{ date: '2026-11-20', dimension: 'criminalMaxImprisonmentYears', from: 7, to: 10, reason: 'Penalty raised.', ref: 'primary-law' }],
    };
    const published = buildOpenData([jurisdiction], [], '9.9.9').jurisdictions[0];
    expect(published?.changes).toEqual([
      { date: '2026-11-20', dimension: 'criminalMaxImprisonmentYears', from: 7, to: 10, reason: 'Penalty raised.', ref: 'primary-law' },
    ]);
    expect(openDataSchema.safeParse(buildOpenData([jurisdiction], [], '9.9.9')).success).toBe(true);
  });
});

describe('regime status, derived from the member lists', () => {
  const nsg = regimes[0]!;

  it('is the listed status, citing the member’s source, with the join date in the note', () => {
    expect(regimeStatusFact('jp', nsg)).toMatchObject({
      value: 'participant',
      verification: 'primary',
      sources: [{ id: 'participants', regime: 'nsg', pinpoint: 'entry for Japan' }],
      note: 'Joined 1978.',
      derived: true,
    });
    expect(regimeStatusFact('eu', nsg).value).toBe('observer');
  });

  it('is “not a member” for an unlisted state only when the list is complete, citing the list and its date', () => {
    expect(regimeStatusFact('br', nsg)).toMatchObject({
      value: 'not-member',
      sources: [{ id: 'participants', pinpoint: 'list of members as of 2026-11' }],
    });
  });

  it('is unknown for an unlisted state when the list is not complete, citing the list as searched', () => {
    const partial = { ...nsg, memberList: { ...nsg.memberList, complete: false } };
    expect(regimeStatusFact('br', partial)).toMatchObject({
      value: 'unknown',
      verification: 'unverified',
      sources: [],
      searched: [{ id: 'participants', pinpoint: 'list of members as of 2026-11' }],
    });
  });
});
