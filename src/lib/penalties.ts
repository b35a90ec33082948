/**
 * The penalty comparisons: maximum prison terms, and maximum criminal fines in their own currency and in US dollars
 * at one official rate series (formulas stay words; unlimited maxima are markers, never numbers).
 */
import { byName } from '../i18n/labels.ts';
import { findDimension } from '../schemas/dimensions.ts';
import type { OpenData } from '../schemas/open-data.ts';
import type { ExchangeRates } from '../schemas/reference.ts';
import { formatValue } from './values.ts';

export interface PrisonRow {
  id: string;
  name: string;
  years: number | 'life';
  verification: string;
}

export interface FineRow {
  id: string;
  name: string;
  /** The fixed cap in its currency, and in US dollars at the series' rate. */
  amount?: number;
  currency?: string;
  usd?: number;
  unlimited?: boolean;
  formula?: string;
  text: string;
  verification: string;
}

/** Prison maxima (numbers and life), and the jurisdictions left out with why. */
export function prisonChart(data: OpenData) {
  const dimension = findDimension('criminalMaxImprisonmentYears')!;
  const rows: PrisonRow[] = [];
  const leftOut: { name: string; why: string }[] = [];
  for (const jurisdiction of byName(data.jurisdictions, (item) => item.name)) {
    const fact = jurisdiction.facts.criminalMaxImprisonmentYears;
    if (typeof fact.value === 'number' || fact.value === 'life')
      rows.push({ id: jurisdiction.id, name: jurisdiction.name, years: fact.value, verification: fact.verification });
    else leftOut.push({ name: jurisdiction.name, why: formatValue(dimension, fact.value) });
  }
  rows.sort((a, b) => (b.years === 'life' ? Infinity : b.years) - (a.years === 'life' ? Infinity : a.years) || a.name.localeCompare(b.name));
  return { rows, leftOut };
}

/** Fine maxima: fixed caps converted to US dollars, unlimited and formula-only maxima as markers, the rest left out. */
export function fineChart(data: OpenData, rates: ExchangeRates) {
  const dimension = findDimension('criminalMaxFine')!;
  const rows: FineRow[] = [];
  const leftOut: { name: string; why: string }[] = [];
  for (const jurisdiction of byName(data.jurisdictions, (item) => item.name)) {
    const fact = jurisdiction.facts.criminalMaxFine;
    const value = fact.value as unknown;
    const text = formatValue(dimension, fact.value);
    if (typeof value !== 'object' || value === null) {
      leftOut.push({ name: jurisdiction.name, why: text });
      continue;
    }
    const money = value as { amount?: number; currency?: string; unlimited?: boolean; formula?: string };
    const row: FineRow = { id: jurisdiction.id, name: jurisdiction.name, text, verification: fact.verification };
    if (money.unlimited) row.unlimited = true;
    if (money.formula) row.formula = money.formula;
    if (money.amount !== undefined && money.currency) {
      row.amount = money.amount;
      row.currency = money.currency;
      const rate = rates.perUsd[money.currency];
      if (rate === undefined) {
        leftOut.push({ name: jurisdiction.name, why: `${text} (no rate for ${money.currency} in the series)` });
        continue;
      }
      row.usd = money.amount / rate;
    }
    rows.push(row);
  }
  rows.sort((a, b) => (b.unlimited ? Infinity : (b.usd ?? -1)) - (a.unlimited ? Infinity : (a.usd ?? -1)) || a.name.localeCompare(b.name));
  return { rows, leftOut };
}
