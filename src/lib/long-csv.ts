/**
 * The open data in long format, for spreadsheets and statistics packages: `facts.csv` has one row per jurisdiction
 * and dimension (value as data and as read, money split into amount, currency and US dollars, verification, basis,
 * date), and `citations.csv` one row per fact and source (pinpoint, copy read, version). Each row has a stable id:
 * `<jurisdiction>:<dimension>` for a fact, and that id plus `:source:<n>` or `:searched:<n>` for a citation.
 */
import { DIMENSIONS, TOPICS } from '../schemas/dimensions.ts';
import { isSpecialValue, type PublishedFact } from '../schemas/fact.ts';
import type { OpenData } from '../schemas/open-data.ts';
import type { ExchangeRates } from '../schemas/reference.ts';
import { toCsv, type Cell } from './csv.ts';
import { formatValue, valueCell } from './values.ts';

const topicLabel = (id: string) => TOPICS.find((topic) => topic.id === id)?.label;

/** Every fact of every jurisdiction, in the registry's order of dimensions: the rows of both files. */
function factsInOrder(data: OpenData) {
  return data.jurisdictions.flatMap((jurisdiction) =>
    DIMENSIONS.flatMap((dimension) => {
      const fact = jurisdiction.facts[dimension.id as keyof typeof jurisdiction.facts] as PublishedFact | undefined;
      return fact ? [{ jurisdiction, dimension, fact, id: `${jurisdiction.id}:${dimension.id}` }] : [];
    }),
  );
}

/** A money value's parts: the fixed amount and its currency, that amount in US dollars at the series' rate, the formula, or unlimited. */
export function moneyCells(fact: PublishedFact, kind: string, rates: Pick<ExchangeRates, 'asOf' | 'perUsd'>): Cell[] {
  if (kind !== 'money' || isSpecialValue(fact.value)) return [undefined, undefined, undefined, undefined, undefined];
  const money = fact.value as { amount?: number; currency?: string; formula?: string; unlimited?: true };
  const rate = money.currency ? rates.perUsd[money.currency] : undefined;
  const usd = money.amount !== undefined && rate !== undefined ? Math.round((money.amount / rate) * 100) / 100 : undefined;
  return [money.amount, money.currency, usd, money.formula, money.unlimited ? true : undefined];
}

export function factsCsv(data: OpenData, rates: Pick<ExchangeRates, 'asOf' | 'perUsd'>): string {
  const rows = factsInOrder(data).map(({ jurisdiction, dimension, fact, id }) => [
    id,
    jurisdiction.id,
    jurisdiction.name,
    dimension.id,
    dimension.label,
    topicLabel(dimension.topic),
    valueCell(dimension, fact.value),
    formatValue(dimension, fact.value),
    ...moneyCells(fact, dimension.type.kind, rates),
    fact.verification,
    fact.basis,
    fact.asOf,
    fact.recheck?.date,
    jurisdiction.lastReviewed,
    fact.note,
    fact.quote,
    fact.quoteLanguage,
    fact.translation,
    fact.translationBy,
  ]);
  return toCsv(
    [
      'fact_id',
      'jurisdiction',
      'jurisdiction_name',
      'dimension',
      'dimension_label',
      'topic',
      'value',
      'value_label',
      'amount',
      'currency',
      `usd_at_${rates.asOf}`,
      'formula',
      'unlimited',
      'verification',
      'basis',
      'as_of',
      'rechecked',
      'last_reviewed',
      'note',
      'quote',
      'quote_language',
      'translation',
      'translation_by',
    ],
    rows,
    data.release,
  );
}

export function citationsCsv(data: OpenData): string {
  const rows = factsInOrder(data).flatMap(({ jurisdiction, dimension, fact, id }) =>
    (['sources', 'searched'] as const).flatMap((role) =>
      (fact[role] ?? []).map((citation, index) => [
        `${id}:${role === 'sources' ? 'source' : 'searched'}:${index + 1}`,
        id,
        jurisdiction.id,
        dimension.id,
        dimension.label,
        role === 'sources' ? 'source' : 'searched',
        citation.id,
        citation.title,
        citation.kind,
        citation.copy,
        citation.url,
        citation.versionDate,
        citation.checked,
        citation.pinpoint,
      ]),
    ),
  );
  return toCsv(
    [
      'citation_id',
      'fact_id',
      'jurisdiction',
      'dimension',
      'dimension_label',
      'role',
      'source_id',
      'title',
      'kind',
      'copy',
      'url',
      'version_date',
      'checked',
      'pinpoint',
    ],
    rows,
    data.release,
  );
}
