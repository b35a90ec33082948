/** What the baseline pages and `baselines.json` show, from the open data and the standards. */
import { DIMENSIONS } from '../schemas/dimensions.ts';
import type { OpenData } from '../schemas/open-data.ts';
import type { Standard } from '../schemas/standard.ts';
import { pairVerdict, standardBaseline, STANDARD_VERDICT_LABELS, PAIR_VERDICT_LABELS, type StandardVerdict } from './baselines.ts';
import { formatValue } from './values.ts';
import { worldFacts, type WorldView } from './world.ts';

/** The jurisdictions every profile is held against, where profiled: the EU (Regulation 2021/821) and the United States (the EAR). */
export const REFERENCES = ['eu', 'us'] as const;

/** One jurisdiction against one reference jurisdiction, dimension by dimension. */
function against(jurisdiction: OpenData['jurisdictions'][number], reference: OpenData['jurisdictions'][number]) {
  return DIMENSIONS.filter((dimension) => !dimension.derived).map((dimension) => {
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
  });
}

export function baselineView(data: OpenData, standards: readonly Standard[], id: string) {
  const jurisdiction = data.jurisdictions.find((item) => item.id === id);
  if (!jurisdiction) throw new Error(`no jurisdiction "${id}"`);
  const facts = jurisdiction.facts as Record<string, (typeof jurisdiction.facts)[keyof typeof jurisdiction.facts]>;
  return {
    jurisdiction,
    references: REFERENCES.filter((ref) => ref !== id).flatMap((ref) => {
      const reference = data.jurisdictions.find((item) => item.id === ref);
      return reference ? [{ reference, rows: against(jurisdiction, reference) }] : [];
    }),
    standards: standards.map((standard) => ({
      standard,
      results: standardBaseline(standard, facts).map((result) => ({ ...result, label: STANDARD_VERDICT_LABELS[result.verdict] })),
    })),
  };
}

/**
 * A world-tier entry against each standard, on the dimensions it researched: a provision whose dimensions it did not
 * research is "not researched" (never unknown), and is left out of every count.
 */
export function worldBaselineView(view: WorldView, standards: readonly Standard[]) {
  const facts = worldFacts(view);
  return standards.map((standard) => ({
    standard,
    results: standardBaseline(standard, facts).map((result) => ({ ...result, label: STANDARD_VERDICT_LABELS[result.verdict] })),
  }));
}

/** Per standard and provision, how many world-tier entries reached each verdict ("not researched" included, apart). */
export function worldVerdictCounts(world: readonly WorldView[], standards: readonly Standard[]) {
  const views = world.map((view) => worldBaselineView(view, standards));
  return standards.map((standard, index) => ({
    standard,
    provisions: standard.provisions.map((provision, at) => {
      const counts: Partial<Record<StandardVerdict, number>> = {};
      for (const view of views) {
        const verdict = view[index]!.results[at]!.verdict;
        counts[verdict] = (counts[verdict] ?? 0) + 1;
      }
      return { provision, counts };
    }),
  }));
}

/** `baselines.json`: which dimension answers which provision (data in its own right), and every jurisdiction's verdicts. */
export function baselinesJson(data: OpenData, standards: readonly Standard[], release: string, world: readonly WorldView[] = []) {
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
        against: Object.fromEntries(
          view.references.map(({ reference, rows }) => [reference.id, Object.fromEntries(rows.map((row) => [row.dimension.id, row.verdict]))]),
        ),
      };
    }),
    worldTier: {
      note: 'World-tier entries research only the core questions: a provision that needs a dimension they did not research is "not-researched" (never unknown), unless an answered dimension already meets it.',
      entries: world.map((view) => ({
        id: view.id,
        standards: Object.fromEntries(
          worldBaselineView(view, standards).map(({ standard, results }) => [
            standard.id,
            Object.fromEntries(results.map((result) => [result.provision.id, { verdict: result.verdict, reason: result.reason }])),
          ]),
        ),
      })),
    },
  };
}
