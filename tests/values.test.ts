import { describe, expect, it } from 'vitest';
import { findDimension, type Dimension } from '../src/schemas/dimensions.ts';
import { compareValues, formatValue, valueToCell } from '../src/lib/values.ts';

const dim = (id: string): Dimension => {
  const dimension = findDimension(id);
  if (!dimension) throw new Error(id);
  return dimension;
};

describe('formatValue', () => {
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
    ['catchAllTrigger', ['informed', 'knowledge'], 'informed, knowledge'],
    ['generalLicenceDestinations', ['au', 'jp'], 'AU, JP'],
    ['criminalMaxFine', 'not-applicable', 'Not applicable'],
    ['brokeringControls', 'none', 'None'],
    ['brokeringControls', 'unknown', 'Unknown'],
  ] as const)('%s %j reads %s', (id, value, expected) => {
    expect(formatValue(dim(id), value as never)).toBe(expected);
  });
});

describe('valueToCell', () => {
  it('keeps numbers and booleans typed and flattens lists and money', () => {
    expect(valueToCell(20)).toBe(20);
    expect(valueToCell(false)).toBe(false);
    expect(valueToCell(['informed', 'knowledge'])).toBe('informed;knowledge');
    expect(valueToCell({ amount: 5, currency: 'EUR', formula: 'or 2x turnover' })).toBe('5 EUR; or 2x turnover');
    expect(valueToCell({ unlimited: true })).toBe('unlimited');
  });
});

describe('compareValues', () => {
  it.each([
    ['brokeringControls', true, true, 'same'],
    ['brokeringControls', true, false, 'different'],
    ['brokeringControls', true, 'none', 'different'],
    ['brokeringControls', 'none', 'none', 'same'],
    ['brokeringControls', true, 'unknown', 'not-comparable'],
    ['brokeringControls', 'not-applicable', true, 'not-comparable'],
    ['catchAllTrigger', ['knowledge', 'informed'], ['informed', 'knowledge'], 'same'],
    ['catchAllTrigger', ['informed'], ['informed', 'knowledge'], 'different'],
    ['criminalMaxImprisonmentYears', 10, 10, 'same'],
    ['criminalMaxImprisonmentYears', 10, 14, 'different'],
    ['criminalMaxImprisonmentYears', 'life', 'life', 'same'],
    ['criminalMaxImprisonmentYears', 'life', 15, 'different'],
    ['criminalMaxFine', { amount: 1, currency: 'USD' }, { amount: 1, currency: 'USD' }, 'same'],
    ['criminalMaxFine', { amount: 1, currency: 'USD' }, { amount: 1, currency: 'EUR' }, 'not-comparable'],
    ['criminalMaxFine', { unlimited: true }, { amount: 1, currency: 'EUR' }, 'different'],
    ['criminalMaxFine', { formula: '5x turnover' }, { amount: 1, currency: 'EUR' }, 'not-comparable'],
    ['primaryLegislation', 'Act A', 'Act A', 'not-comparable'],
  ] as const)('%s: %j vs %j is %s', (id, a, b, expected) => {
    expect(compareValues(dim(id), a as never, b as never)).toBe(expected);
  });
});
