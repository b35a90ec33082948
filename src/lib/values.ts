/** Fact values through their dimension: the reader's text, CSV cells, grouping keys and relations, special values included. */
import { t } from '../i18n/labels.ts';
import type { Dimension } from '../schemas/dimensions.ts';
import { isSpecialValue, type FactValue } from '../schemas/fact.ts';
import { cellOfKind, formatKind, keyOfKind, relateKind, type KindValue, type Relation } from '../schemas/value-kinds.ts';

/** A value as a reader sees it: labels, never identifiers (`Reason to suspect`, `20 years`, `USD 1,000,000`). */
export function formatValue(dimension: Dimension, value: FactValue): string {
  return isSpecialValue(value) ? t(`special.${value}`) : formatKind(dimension.type, value);
}

/** The data cell: ids, numbers stay numbers, lists `;`-separated in registry order. */
export function valueCell(dimension: Dimension, value: FactValue): string | number | boolean {
  return isSpecialValue(value) ? value : cellOfKind(dimension.type, value as KindValue);
}

/** Equal values share a key (for grouping); undefined where the value cannot be keyed (prose, a formula alone). */
export function valueKey(dimension: Dimension, value: FactValue): string | undefined {
  return isSpecialValue(value) ? `special:${value}` : keyOfKind(dimension.type, value as KindValue);
}

/**
 * How `a` stands to `b` on a dimension. Unknown and not-applicable compare with nothing; `none` differs
 * from every value (the law has no such control) and equals another `none`.
 */
export function relateValues(dimension: Dimension, a: FactValue, b: FactValue): Relation {
  if (a === 'unknown' || b === 'unknown' || a === 'not-applicable' || b === 'not-applicable') return 'not-comparable';
  if (isSpecialValue(a) || isSpecialValue(b)) return a === b ? 'same' : 'different';
  return relateKind(dimension.type, a, b);
}
