import { describe, expect, it } from 'vitest';
import { agreementByTopic, compareCodings } from '../src/lib/agreement.ts';

const first: Record<string, unknown> = {
  'jp/brokeringControls': true,
  'jp/catchAllTrigger': ['informed', 'knowledge'],
  'kr/criminalMaxImprisonmentYears': 7,
  'us/deMinimisRule': true,
};
const sample = Object.keys(first).map((key) => {
  const [jurisdiction, dimension] = key.split('/') as [string, string];
  return { jurisdiction, dimension };
});
const lookup = (jurisdiction: string, dimension: string) => first[`${jurisdiction}/${dimension}`] as never;

describe('double coding', () => {
  const rows = compareCodings(sample, lookup, [
    { jurisdiction: 'jp', dimension: 'brokeringControls', value: true },
    { jurisdiction: 'jp', dimension: 'catchAllTrigger', value: ['knowledge', 'informed'] },
    { jurisdiction: 'kr', dimension: 'criminalMaxImprisonmentYears', value: 10 },
    { jurisdiction: 'us', dimension: 'deMinimisRule', value: 'unknown' },
  ]);

  it('agrees on equal values (sets in any order), disagrees on different ones, and leaves unknowns uncoded', () => {
    expect(rows.map((row) => row.result)).toEqual(['agree', 'agree', 'disagree', 'not-coded']);
  });

  it('computes agreement per topic over the coded facts only', () => {
    const { topics, total } = agreementByTopic(rows);
    expect(topics.map((row) => [row.topic, row.sampled, row.coded, row.agreed])).toEqual([
      ['activities', 1, 1, 1],
      ['end-use', 1, 1, 1],
      ['licensing', 1, 0, 0],
      ['enforcement', 1, 1, 0],
    ]);
    expect(total).toEqual({ sampled: 4, coded: 3, agreed: 2 });
  });

  it('refuses a sample that names a dimension not in the registry', () => {
    expect(() => compareCodings([{ jurisdiction: 'jp', dimension: 'exportBanOnCheese' }], lookup, [])).toThrow(
      /unknown dimension "exportBanOnCheese"/,
    );
  });
});
