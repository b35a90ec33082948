/** What the baseline pages and `baselines.json` show, from the open data and the standards. */
import { DIMENSIONS } from '../schemas/dimensions.ts';
import type { OpenData } from '../schemas/open-data.ts';
import type { Standard } from '../schemas/standard.ts';
import { pairVerdict, standardBaseline, STANDARD_VERDICT_LABELS, PAIR_VERDICT_LABELS } from './baselines.ts';
import { formatValue } from './values.ts';

/** The reference a jurisdiction is held against by default: the EU, or for the EU the United States. */
export function defaultReference(data: OpenData, id: string): string | undefined {
  const preferred = id === 'eu' ? 'us' : 'eu';
  return data.jurisdictions.some((item) => item.id === preferred) ? preferred : data.jurisdictions.find((item) => item.id !== id)?.id;
}

export function baselineView(data: OpenData, standards: readonly Standard[], id: string, referenceId = defaultReference(data, id)) {
  const jurisdiction = data.jurisdictions.find((item) => item.id === id);
  if (!jurisdiction) throw new Error(`no jurisdiction "${id}"`);
  const reference = data.jurisdictions.find((item) => item.id === referenceId);
  const facts = jurisdiction.facts as Record<string, (typeof jurisdiction.facts)[keyof typeof jurisdiction.facts]>;
  return {
    jurisdiction,
    reference,
    pair: reference
      ? DIMENSIONS.filter((dimension) => !dimension.derived).map((dimension) => {
          const fact = jurisdiction.facts[dimension.id];
          const other = reference.facts[dimension.id];
          const result = pairVerdict(dimension, fact, other);
          return {
            dimension,
            value: formatValue(dimension, fact.value),
            referenceValue: formatValue(dimension, other.value),
            ...result,
            label: PAIR_VERDICT_LABELS[result.verdict],
          };
        })
      : [],
    standards: standards.map((standard) => ({
      standard,
      results: standardBaseline(standard, facts).map((result) => ({ ...result, label: STANDARD_VERDICT_LABELS[result.verdict] })),
    })),
  };
}

/** `baselines.json`: which dimension answers which provision (data in its own right), and every jurisdiction's verdicts. */
export function baselinesJson(data: OpenData, standards: readonly Standard[], release: string) {
  return {
    release,
    license: 'CC-BY-4.0',
    note: 'A reading of the atlas’s facts against each standard, not a compliance finding.',
    standards: standards.map((standard) => ({
      id: standard.id,
      name: standard.name,
      scope: standard.scope,
      verification: standard.verification,
      provisions: standard.provisions.map((provision) => ({
        id: provision.id,
        label: provision.label,
        pinpoint: provision.pinpoint,
        expects: provision.expects,
        match: provision.match ?? 'all',
        answeredBy: provision.tests.map((test) => ({ dimension: test.dimension, ...(test.includes ? { includes: test.includes } : {}) })),
      })),
    })),
    jurisdictions: data.jurisdictions.map((jurisdiction) => {
      const view = baselineView(data, standards, jurisdiction.id);
      return {
        id: jurisdiction.id,
        standards: Object.fromEntries(
          view.standards.map(({ standard, results }) => [
            standard.id,
            Object.fromEntries(results.map((result) => [result.provision.id, { verdict: result.verdict, reason: result.reason }])),
          ]),
        ),
        ...(view.reference
          ? { against: { reference: view.reference.id, dimensions: Object.fromEntries(view.pair.map((row) => [row.dimension.id, row.verdict])) } }
          : {}),
      };
    }),
  };
}
