/** Displaying and comparing fact values, driven by each dimension's value type. */
import type { Dimension } from '../schemas/dimensions.ts';
import { isSpecialValue, type FactValue, type Money, type SpecialValue } from '../schemas/fact.ts';

export const SPECIAL_LABELS: Record<SpecialValue, string> = {
  none: 'None',
  'not-applicable': 'Not applicable',
  unknown: 'Unknown',
};

/** `1000000` → `1,000,000` with a fixed locale, so builds are reproducible. */
function grouped(amount: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(amount);
}

export function formatMoney(money: Money): string {
  const parts: string[] = [];
  if (money.unlimited) parts.push('Unlimited');
  if (money.amount !== undefined) parts.push(`${money.currency ?? ''} ${grouped(money.amount)}`.trim());
  if (money.formula !== undefined) parts.push(money.formula);
  return parts.join('; ');
}

/** A human-readable rendering of a value, e.g. `20 years`, `Yes`, `USD 1,000,000`. */
export function formatValue(dimension: Dimension, value: FactValue): string {
  if (isSpecialValue(value)) return SPECIAL_LABELS[value];
  if (value === 'life') return 'Life imprisonment';
  const type = dimension.type;
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number')
    return type.kind === 'number' ? `${grouped(value)} ${value === 1 ? type.unit.replace(/s$/, '') : type.unit}` : grouped(value);
  if (Array.isArray(value)) return type.kind === 'jurisdictions' ? value.map((code) => code.toUpperCase()).join(', ') : value.join(', ');
  if (typeof value === 'object') return formatMoney(value);
  return value;
}

/** A flat cell for CSV: numbers stay numbers, lists are `;`-separated, money is `amount currency`. */
export function valueToCell(value: FactValue): string | number | boolean {
  if (Array.isArray(value)) return value.join(';');
  if (typeof value === 'object') {
    return [
      value.unlimited ? 'unlimited' : '',
      value.amount === undefined ? '' : `${value.amount} ${value.currency ?? ''}`.trim(),
      value.formula ?? '',
    ]
      .filter(Boolean)
      .join('; ');
  }
  return value;
}

export type Agreement = 'same' | 'different' | 'not-comparable';

function moneyKey(money: Money): string | undefined {
  if (money.unlimited) return 'unlimited';
  return money.amount === undefined ? undefined : `${money.amount} ${money.currency ?? ''}`;
}

/**
 * Whether two values agree, by the dimension's comparison rule. Special values,
 * descriptive dimensions and formula-only money cannot be compared mechanically.
 */
export function compareValues(dimension: Dimension, a: FactValue, b: FactValue): Agreement {
  if (dimension.compare === 'descriptive') return 'not-comparable';
  if (a === 'unknown' || b === 'unknown' || a === 'not-applicable' || b === 'not-applicable') return 'not-comparable';
  if (isSpecialValue(a) || isSpecialValue(b)) return a === b ? 'same' : 'different';
  if (Array.isArray(a) && Array.isArray(b)) {
    const left = new Set<string>(a);
    return left.size === new Set<string>(b).size && b.every((item) => left.has(item)) ? 'same' : 'different';
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const [left, right] = [moneyKey(a as Money), moneyKey(b as Money)];
    if (left === undefined || right === undefined) return 'not-comparable';
    // Amounts in different currencies need a dated exchange rate: a later stage.
    if ((a as Money).currency !== (b as Money).currency && left !== 'unlimited' && right !== 'unlimited') return 'not-comparable';
    return left === right ? 'same' : 'different';
  }
  return a === b ? 'same' : 'different';
}
