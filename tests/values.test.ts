import { describe, expect, it } from 'vitest';
import { findDimension, type Dimension } from '../src/schemas/dimensions.ts';
import { formatValue, relateValues, valueCell, valueKey } from '../src/lib/values.ts';
import { KINDS } from '../src/schemas/value-kinds.ts';

const dim = (id: string): Dimension => {
  const dimension = findDimension(id);
  if (!dimension) throw new Error(id);
  return dimension;
};

describe('formatValue shows labels, never identifiers', () => {
  it.each([
    ['criminalMaxImprisonmentYears', 20, '20 years'],
    ['criminalMaxImprisonmentYears', 1, '1 year'],
    ['criminalMaxImprisonmentYears', 'life', 'Life imprisonment'],
    ['statutoryProcessingDays', 90, '90 days'],
    ['brokeringControls', true, 'Yes'],
    ['brokeringControls', false, 'No'],
    ['criminalMaxFine', { amount: 1000000, currency: 'USD' }, 'USD 1,000,000'],
    ['criminalMaxFine', { unlimited: true }, 'Unlimited'],
    [
      'administrativeMaxPenalty',
      { amount: 374474, currency: 'USD', formula: 'or twice the transaction value' },
      'USD 374,474; or twice the transaction value',
    ],
    ['catchAllTrigger', ['reason-to-suspect', 'informed'], 'Informed by the authority, Reason to suspect'],
    ['catchAllEndUses', ['military-embargoed'], 'Military end use in embargoed destinations'],
    ['controlListBasis', ['national', 'wassenaar-dual-use'], 'Wassenaar Dual-Use List, National additions'],
    ['publishesLicensingStatistics', 'by-destination', 'Broken down by destination'],
    ['generalLicenceDestinations', ['ch', 'cn', 'au'], 'Australia, China, Switzerland'],
    ['wassenaarStatus', 'not-member', 'Not a member'],
    ['lastMajorReform', '1994', '1994'],
    ['criminalMaxFine', 'not-applicable', 'Not applicable'],
    ['brokeringControls', 'none', 'None'],
    ['brokeringControls', 'unknown', 'Unknown'],
  ] as const)('%s %j reads %s', (id, value, expected) => {
    expect(formatValue(dim(id), value as never)).toBe(expected);
  });
});

describe('valueCell keeps ids, typed and in registry order', () => {
  it.each([
    ['criminalMaxImprisonmentYears', 20, 20],
    ['brokeringControls', false, false],
    ['catchAllTrigger', ['reason-to-suspect', 'informed'], 'informed;reason-to-suspect'],
    ['criminalMaxFine', { amount: 5, currency: 'EUR', formula: 'or 2x turnover' }, '5 EUR; or 2x turnover'],
    ['criminalMaxFine', { unlimited: true }, 'unlimited'],
    ['generalLicenceDestinations', ['us', 'au'], 'au;us'],
    ['brokeringControls', 'none', 'none'],
  ] as const)('%s %j → %j', (id, value, expected) => {
    expect(valueCell(dim(id), value as never)).toBe(expected);
  });
});

describe('valueKey groups equal values', () => {
  it('gives equal sets in any order the same key, and prose none', () => {
    expect(valueKey(dim('catchAllTrigger'), ['knowledge', 'informed'])).toBe(valueKey(dim('catchAllTrigger'), ['informed', 'knowledge']));
    expect(valueKey(dim('primaryLegislation'), 'Act A')).toBeUndefined();
    expect(valueKey(dim('brokeringControls'), 'none')).toBe('special:none');
    expect(valueKey(dim('criminalMaxFine'), { formula: '5x turnover' })).toBe('formula: 5x turnover');
  });
});

describe('relateValues', () => {
  it.each([
    ['brokeringControls', true, true, 'same'],
    ['brokeringControls', true, false, 'higher'],
    ['brokeringControls', true, 'none', 'different'],
    ['brokeringControls', 'none', 'none', 'same'],
    ['brokeringControls', true, 'unknown', 'not-comparable'],
    ['brokeringControls', 'not-applicable', true, 'not-comparable'],
    ['catchAllTrigger', ['knowledge', 'informed'], ['informed', 'knowledge'], 'same'],
    ['catchAllTrigger', ['informed'], ['informed', 'knowledge'], 'subset'],
    ['catchAllTrigger', ['informed', 'knowledge'], ['informed'], 'superset'],
    ['catchAllTrigger', ['informed', 'knowledge'], ['informed', 'reason-to-suspect'], 'overlap'],
    ['catchAllTrigger', ['knowledge'], ['informed'], 'disjoint'],
    ['generalLicenceDestinations', ['au', 'jp'], ['jp'], 'superset'],
    ['criminalMaxImprisonmentYears', 10, 10, 'same'],
    ['criminalMaxImprisonmentYears', 10, 14, 'lower'],
    ['criminalMaxImprisonmentYears', 'life', 'life', 'same'],
    ['criminalMaxImprisonmentYears', 'life', 15, 'higher'],
    ['publishesLicensingStatistics', 'by-destination', 'aggregate', 'higher'],
    ['wassenaarStatus', 'participant', 'observer', 'different'],
    ['criminalMaxFine', { amount: 1, currency: 'USD' }, { amount: 1, currency: 'USD' }, 'same'],
    ['criminalMaxFine', { amount: 2, currency: 'USD' }, { amount: 1, currency: 'USD' }, 'higher'],
    ['criminalMaxFine', { amount: 1, currency: 'USD' }, { amount: 1, currency: 'EUR' }, 'not-comparable'],
    ['criminalMaxFine', { unlimited: true }, { amount: 1, currency: 'EUR' }, 'higher'],
    ['criminalMaxFine', { formula: '5x turnover' }, { amount: 1, currency: 'EUR' }, 'not-comparable'],
    ['lastMajorReform', '2021-09-09', '2009', 'higher'],
    ['lastMajorReform', '2021', '2021-09-09', 'not-comparable'],
    ['primaryLegislation', 'Act A', 'Act A', 'not-comparable'],
  ] as const)('%s: %j vs %j is %s', (id, a, b, expected) => {
    expect(relateValues(dim(id), a as never, b as never)).toBe(expected);
  });
});

describe('value kinds', () => {
  it('each kind describes its expected value in words for errors', () => {
    expect(Object.keys(KINDS).sort()).toEqual(['boolean', 'date', 'enum', 'jurisdictions', 'money', 'number', 'set', 'text']);
    expect(KINDS.number.describe({ kind: 'number', unit: 'years', allowLife: true })).toBe('a number (years) or life');
    expect(KINDS.date.describe({ kind: 'date' })).toBe('a date written YYYY, YYYY-MM or YYYY-MM-DD');
  });
});
