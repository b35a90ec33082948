/** The harmonization-gap maths on hand-computed cases. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clusterOrder, dimensionGap, distance, MEASURED, MIN_SHARED, pairSimilarity } from '../src/lib/gaps.ts';
import { findDimension } from '../src/schemas/dimensions.ts';
import type { OpenData } from '../src/schemas/open-data.ts';

const dim = (id: string) => findDimension(id)!;
type Facts = Record<string, { value: unknown; verification?: string; basis?: string }>;

/** A hand-made atlas: only the facts given exist. */
function atlas(jurisdictions: { id: string; memberOf?: string; facts: Facts }[]): OpenData {
  return {
    jurisdictions: jurisdictions.map(({ id, memberOf, facts }) => ({
      id,
      name: id,
      ...(memberOf ? { memberOf } : {}),
      facts: Object.fromEntries(Object.entries(facts).map(([key, fact]) => [key, { verification: 'secondary', sources: [], ...fact }])),
    })),
  } as unknown as OpenData;
}

/** Ten yes/no dimensions, so a pair reaches the minimum of shared dimensions. */
const TEN = [
  'brokeringControls',
  'transitControls',
  'reExportControls',
  'deemedExportRule',
  'technicalAssistanceControls',
  'endUseAssurances',
  'endUserList',
  'corporateCriminalLiability',
  'denialOfExportPrivileges',
  'voluntaryDisclosure',
];
const answers = (values: boolean[]): Facts => Object.fromEntries(TEN.map((id, index) => [id, { value: values[index] }]));

describe('distance', () => {
  it('is 0 for equal categories and 1 for different ones, none included', () => {
    expect(distance(dim('brokeringControls'), true, true)).toBe(0);
    expect(distance(dim('brokeringControls'), true, false)).toBe(1);
    expect(distance(dim('brokeringControls'), 'none', 'none')).toBe(0);
    expect(distance(dim('brokeringControls'), 'none', false)).toBe(1);
  });

  it('is the Jaccard distance for sets, whatever the order, with none as the empty set', () => {
    // {informed, knowledge} vs {knowledge, suspect}: 1 shared of 3 → 1 − 1/3.
    expect(distance(dim('catchAllTrigger'), ['informed', 'knowledge'], ['reason-to-suspect', 'knowledge'])).toBeCloseTo(2 / 3, 10);
    expect(distance(dim('catchAllTrigger'), ['knowledge', 'informed'], ['informed', 'knowledge'])).toBe(0);
    expect(distance(dim('generalLicenceDestinations'), 'none', ['us'])).toBe(1);
    expect(distance(dim('generalLicenceDestinations'), 'none', 'none')).toBe(0);
    // The US list cannot name the US, nor Japan's Japan: comparing them leaves both out of both lists.
    expect(distance(dim('generalLicenceDestinations'), ['jp', 'gb'], ['us', 'gb'])).toBeCloseTo(2 / 3, 10);
    expect(distance(dim('generalLicenceDestinations'), ['jp', 'gb'], ['us', 'gb'], ['us', 'jp'])).toBe(0);
  });

  it('is the relative difference for numbers; life and none equal only themselves', () => {
    expect(distance(dim('criminalMaxImprisonmentYears'), 10, 20)).toBe(0.5);
    expect(distance(dim('criminalMaxImprisonmentYears'), 7, 7)).toBe(0);
    expect(distance(dim('criminalMaxImprisonmentYears'), 'life', 'life')).toBe(0);
    expect(distance(dim('criminalMaxImprisonmentYears'), 'life', 20)).toBe(1);
    expect(distance(dim('statutoryProcessingDays'), 'none', 90)).toBe(1);
  });

  it('refuses a kind without a relation (prose)', () => {
    expect(() => distance(dim('primaryLegislation'), 'Act A', 'Act B')).toThrow(/no distance/);
  });
});

describe('divergence of a dimension', () => {
  it('is 0 when all agree, and the share of differing pairs for categories', () => {
    const same = atlas([1, 2, 3].map((n) => ({ id: `a${n}`, facts: { brokeringControls: { value: true } } })));
    expect(dimensionGap(same, dim('brokeringControls')).divergence).toBe(0);
    // yes, yes, no: pairs (y,y)=0, (y,n)=1, (y,n)=1 → 2/3.
    const split = atlas([
      { id: 'a', facts: { brokeringControls: { value: true } } },
      { id: 'b', facts: { brokeringControls: { value: true } } },
      { id: 'c', facts: { brokeringControls: { value: false } } },
    ]);
    expect(dimensionGap(split, dim('brokeringControls')).divergence).toBe(0.667);
  });

  it('leaves out unknown, not-applicable and unverified answers', () => {
    const data = atlas([
      { id: 'a', facts: { brokeringControls: { value: true } } },
      { id: 'b', facts: { brokeringControls: { value: true } } },
      { id: 'c', facts: { brokeringControls: { value: 'unknown', verification: 'unverified' } } },
      { id: 'd', facts: { brokeringControls: { value: 'not-applicable' } } },
      { id: 'e', facts: { brokeringControls: { value: false, verification: 'unverified' } } },
    ]);
    const gap = dimensionGap(data, dim('brokeringControls'));
    expect(gap.counted).toEqual(['a', 'b']);
    expect(gap.divergence).toBe(0);
    expect(dimensionGap(atlas([{ id: 'a', facts: { brokeringControls: { value: true } } }]), dim('brokeringControls')).divergence).toBeNull();
  });

  it('counts an EU rule once: members applying it fold into the union, national choices stay', () => {
    const data = atlas([
      { id: 'eu', facts: { transitControls: { value: true } } },
      { id: 'de', memberOf: 'eu', facts: { transitControls: { value: true, basis: 'union' } } },
      { id: 'fr', memberOf: 'eu', facts: { transitControls: { value: true, basis: 'union' } } },
      { id: 'nl', memberOf: 'eu', facts: { transitControls: { value: true, basis: 'national' } } },
      { id: 'cn', facts: { transitControls: { value: false } } },
    ]);
    const gap = dimensionGap(data, dim('transitControls'));
    expect(gap.folded).toEqual(['de', 'fr']);
    expect(gap.counted).toEqual(['eu', 'nl', 'cn']);
    // eu–nl 0, eu–cn 1, nl–cn 1 → 2/3 (with de and fr counted it would be 4/10).
    expect(gap.divergence).toBe(0.667);
  });
});

describe('similarity of two jurisdictions', () => {
  it('is 1 for identical answers and 0 for opposite ones, with the number of dimensions used', () => {
    const yes = answers(TEN.map(() => true));
    const no = answers(TEN.map(() => false));
    const data = atlas([
      { id: 'a', facts: yes },
      { id: 'b', facts: yes },
      { id: 'c', facts: no },
    ]);
    expect(pairSimilarity(data, 'a', 'b')).toEqual({ a: 'a', b: 'b', similarity: 1, shared: 10 });
    expect(pairSimilarity(data, 'a', 'c')).toEqual({ a: 'a', b: 'c', similarity: 0, shared: 10 });
  });

  it('is the share of agreement over shared dimensions, ties at one half', () => {
    const data = atlas([
      { id: 'a', facts: answers(TEN.map(() => true)) },
      { id: 'b', facts: answers(TEN.map((_id, index) => index < 5)) },
    ]);
    expect(pairSimilarity(data, 'a', 'b').similarity).toBe(0.5);
  });

  it('gives no score below the minimum of shared dimensions, and says how many there were', () => {
    const partial = answers(TEN.map(() => true));
    delete partial['voluntaryDisclosure'];
    const data = atlas([
      { id: 'a', facts: answers(TEN.map(() => true)) },
      { id: 'b', facts: partial },
    ]);
    expect(pairSimilarity(data, 'a', 'b')).toEqual({ a: 'a', b: 'b', similarity: null, shared: 9 });
    expect(pairSimilarity(data, 'a', 'b', 9).similarity).toBe(1);
  });

  it('does not count two members applying the same union rule as agreement', () => {
    const member = (values: boolean[], basis: string) =>
      Object.fromEntries(TEN.map((id, index) => [id, { value: values[index], basis: index < 4 ? 'union' : basis }]));
    const data = atlas([
      {
        id: 'de',
        memberOf: 'eu',
        facts: member(
          TEN.map(() => true),
          'national',
        ),
      },
      {
        id: 'fr',
        memberOf: 'eu',
        facts: member(
          TEN.map(() => true),
          'national',
        ),
      },
    ]);
    // Four dimensions rest on the union's rule in both: six national answers remain, below the minimum of ten.
    expect(pairSimilarity(data, 'de', 'fr')).toEqual({ a: 'de', b: 'fr', similarity: null, shared: 6 });
  });
});

describe('clusterOrder', () => {
  it('puts the most similar items next to each other', () => {
    const table: Record<string, number> = { 'a c': 0.9, 'b d': 0.8, 'a b': 0.1, 'a d': 0.1, 'b c': 0.1, 'c d': 0.2 };
    const similarity = (x: string, y: string) => table[[x, y].sort().join(' ')] ?? null;
    const order = clusterOrder(['a', 'b', 'c', 'd'], similarity);
    expect(Math.abs(order.indexOf('a') - order.indexOf('c'))).toBe(1);
    expect(Math.abs(order.indexOf('b') - order.indexOf('d'))).toBe(1);
  });
});

describe('the published measure (dist/data/gaps.json)', () => {
  it('lists every measured dimension with its divergence and every pair with its similarity and the dimensions used', async () => {
    const gaps = JSON.parse(await readFile(join(import.meta.dirname, '../dist/data/gaps.json'), 'utf8'));
    const atlas = JSON.parse(await readFile(join(import.meta.dirname, '../dist/data/atlas.json'), 'utf8'));
    expect(gaps.method).toMatch(/similarity/i);
    expect(gaps.dimensions.map((row: { dimension: string }) => row.dimension).sort()).toEqual(MEASURED.map((dimension) => dimension.id).sort());
    for (const row of gaps.dimensions) if (row.divergence !== null) expect(row.divergence).toBeGreaterThanOrEqual(0);
    const n = atlas.jurisdictions.length;
    expect(gaps.pairs).toHaveLength((n * (n - 1)) / 2);
    for (const pair of gaps.pairs) {
      if (pair.similarity === null) expect(pair.sharedDimensions).toBeLessThan(MIN_SHARED);
      else expect(pair.sharedDimensions).toBeGreaterThanOrEqual(MIN_SHARED);
    }
    // Ranked: the most divergent first.
    const ranked = gaps.dimensions
      .filter((row: { divergence: number | null }) => row.divergence !== null)
      .map((row: { divergence: number }) => row.divergence);
    expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
  });
});
