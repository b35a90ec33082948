/** The one lookup for reader-facing labels. One locale today (English); ids never reach a page. */
import { en, type LabelKey } from './en.ts';

export type { LabelKey };

/** The label of an interface key. */
export function t(key: LabelKey): string {
  return en[key];
}

/** A counted label: `plural('unit.years', 1)` → "year". */
export function plural(base: string, count: number): string {
  const key = `${base}.${count === 1 ? 'one' : 'other'}` as LabelKey;
  if (!(key in en)) throw new Error(`no label "${key}"`);
  return en[key];
}

/** "a, b and c", the way a sentence lists things. */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${t('list.and')} ${items.at(-1)}`;
}

/** Groups a number for display with a fixed locale, so builds are reproducible: 1000000 → "1,000,000". */
export function grouped(amount: number): string {
  return new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(amount);
}

/** Sorts by a displayed name, the way a reader scans a list. */
export function byName<T>(items: readonly T[], name: (item: T) => string): T[] {
  const collator = new Intl.Collator('en');
  return [...items].sort((a, b) => collator.compare(name(a), name(b)));
}
