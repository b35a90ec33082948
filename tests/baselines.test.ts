/** Baseline verdicts on hand-made cases: against a standard (including "not covered") and against another jurisdiction. */
import { describe, expect, it } from 'vitest';
import { pairVerdict, provisionVerdict, provides } from '../src/lib/baselines.ts';
import { findDimension } from '../src/schemas/dimensions.ts';
import type { PublishedFact } from '../src/schemas/fact.ts';
import type { Provision } from '../src/schemas/standard.ts';

const fact = (value: unknown, verification: PublishedFact['verification'] = 'secondary') =>
  ({ value, verification, sources: [] }) as unknown as PublishedFact;
const provision = (tests: Provision['tests'], match?: 'all' | 'any'): Provision => ({
  id: 'p',
  label: 'P',
  expects: 'x',
  ref: 's',
  pinpoint: 'OP3(d)',
  tests,
  ...(match ? { match } : {}),
});
const dim = (id: string) => findDimension(id)!;

describe('provides', () => {
  it('reads yes, no and unknown from a fact, and checks required options in a set', () => {
    expect(provides(fact(true))).toBe('yes');
    expect(provides(fact(false))).toBe('no');
    expect(provides(fact('none'))).toBe('no');
    expect(provides(fact('unknown', 'unverified'))).toBe('unknown');
    expect(provides(fact(true, 'unverified'))).toBe('unknown');
    expect(provides(fact('not-applicable'))).toBe('unknown');
    expect(provides(fact(['nsg', 'mtcr']), ['nsg', 'mtcr'])).toBe('yes');
    expect(provides(fact(['nsg']), ['nsg', 'mtcr'])).toBe('no');
    expect(provides(fact(20))).toBe('yes');
  });
});

describe('a provision against a jurisdiction', () => {
  it('is "not covered by the atlas" when no dimension answers it — never "absent"', () => {
    expect(provisionVerdict(provision([]), {}).verdict).toBe('not-covered');
  });

  it('meets when every test passes, partly when some do, no provision when none does', () => {
    const tests = [{ dimension: 'transitControls' }, { dimension: 'brokeringControls' }];
    expect(provisionVerdict(provision(tests), { transitControls: fact(true), brokeringControls: fact(true) }).verdict).toBe('meets');
    expect(provisionVerdict(provision(tests), { transitControls: fact(true), brokeringControls: fact(false) }).verdict).toBe('partly');
    expect(provisionVerdict(provision(tests), { transitControls: fact(false), brokeringControls: fact('none') }).verdict).toBe('no-provision');
  });

  it('is unknown when an unanswered fact could change it, and says which', () => {
    const result = provisionVerdict(provision([{ dimension: 'transitControls' }, { dimension: 'brokeringControls' }]), {
      transitControls: fact(true),
      brokeringControls: fact('unknown', 'unverified'),
    });
    expect(result.verdict).toBe('unknown');
    expect(result.reason).toContain('Brokering controls');
  });

  it('with match any, one passing test meets it', () => {
    const tests = [{ dimension: 'criminalMaxImprisonmentYears' }, { dimension: 'administrativeMaxPenalty' }];
    expect(
      provisionVerdict(provision(tests, 'any'), { criminalMaxImprisonmentYears: fact(10), administrativeMaxPenalty: fact('none') }).verdict,
    ).toBe('meets');
    expect(provisionVerdict(provision(tests), { criminalMaxImprisonmentYears: fact(10), administrativeMaxPenalty: fact('none') }).verdict).toBe(
      'partly',
    );
  });
});

describe('a provision against a world-tier entry', () => {
  const tests = [{ dimension: 'primaryLegislation' }, { dimension: 'controlListBasis', includes: ['nsg'] }];
  it('is "not researched", never unknown, when it needs a dimension the entry did not research', () => {
    const result = provisionVerdict(provision(tests), { primaryLegislation: fact('Export Control Act 2020') });
    expect(result.verdict).toBe('not-researched');
    expect(result.reason).toBe('Not researched: Basis of the control list.');
    expect(result.tests.map((test) => test.state)).toEqual(['yes', 'not-researched']);
  });

  it('is read from the researched dimensions when they settle it', () => {
    expect(provisionVerdict(provision(tests, 'any'), { primaryLegislation: fact('Export Control Act 2020') }).verdict).toBe('meets');
    expect(provisionVerdict(provision(tests, 'any'), { primaryLegislation: fact('none') }).verdict).toBe('not-researched');
    expect(provisionVerdict(provision([{ dimension: 'primaryLegislation' }]), { primaryLegislation: fact('none') }).verdict).toBe('no-provision');
    expect(provisionVerdict(provision([{ dimension: 'primaryLegislation' }]), { primaryLegislation: fact('unknown', 'unverified') }).verdict).toBe(
      'unknown',
    );
  });
});

describe('a jurisdiction against another', () => {
  it('reads stricter and looser from the dimension’s direction', () => {
    expect(pairVerdict(dim('criminalMaxImprisonmentYears'), fact(20), fact(10)).verdict).toBe('stricter');
    expect(pairVerdict(dim('criminalMaxImprisonmentYears'), fact(5), fact(10)).verdict).toBe('looser');
    expect(pairVerdict(dim('criminalMaxImprisonmentYears'), fact(10), fact(10)).verdict).toBe('same');
  });

  it('marks a control the reference has and the jurisdiction lacks as absent', () => {
    expect(pairVerdict(dim('brokeringControls'), fact(false), fact(true)).verdict).toBe('absent');
    expect(pairVerdict(dim('statutoryProcessingDays'), fact('none'), fact(90)).verdict).toBe('absent');
  });

  it('is incomplete when either side is unknown, not applicable or unverified, and does not rank prose', () => {
    expect(pairVerdict(dim('brokeringControls'), fact('unknown', 'unverified'), fact(true)).verdict).toBe('incomplete');
    expect(pairVerdict(dim('brokeringControls'), fact(true), fact(true, 'unverified')).verdict).toBe('incomplete');
    expect(pairVerdict(dim('criminalMaxFine'), fact('not-applicable'), fact({ amount: 1, currency: 'EUR' })).verdict).toBe('incomplete');
    expect(pairVerdict(dim('primaryLegislation'), fact('Act A'), fact('Act B')).verdict).toBe('not-compared');
  });

  it('says "differs" where the dimension has no direction', () => {
    const dimension = dim('controlListBasis');
    expect(dimension.direction).toBe('neither');
    expect(pairVerdict(dimension, fact(['nsg', 'national']), fact(['nsg'])).verdict).toBe('differs');
  });
});
