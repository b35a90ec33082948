/** The concepts as open data: each concept, and for each of its dimensions every jurisdiction's fact, cited. */
import { findDimension, type DimensionId } from '../schemas/dimensions.ts';
import type { Concept } from '../schemas/concept.ts';
import type { OpenData } from '../schemas/open-data.ts';
import { toCsv } from './csv.ts';
import { formatValue, valueCell } from './values.ts';

export function conceptsJson(data: OpenData, concepts: readonly Concept[], release: string) {
  return {
    release,
    license: 'CC-BY-4.0',
    concepts: concepts.map((concept) => ({
      id: concept.id,
      name: concept.name,
      aka: concept.aka ?? [],
      summary: concept.summary,
      explanation: concept.explanation,
      watch: concept.watch,
      url: `/concepts/${concept.id}/`,
      dimensions: concept.dimensions.map((id) => {
        const dimension = findDimension(id)!;
        return {
          dimension: id,
          label: dimension.label,
          facts: data.jurisdictions.map((jurisdiction) => {
            const fact = jurisdiction.facts[id as DimensionId];
            return {
              jurisdiction: jurisdiction.id,
              value: fact.value,
              label: formatValue(dimension, fact.value),
              verification: fact.verification,
              quote: fact.quote,
              quoteLanguage: fact.quoteLanguage,
              translation: fact.translation,
              translationBy: fact.translationBy,
              sources: fact.sources.map((source) => ({ title: source.title, pinpoint: source.pinpoint, url: source.url, copy: source.copy })),
              url: `/jurisdictions/${jurisdiction.id}/#${id}`,
            };
          }),
        };
      }),
    })),
  };
}

export function conceptsCsv(data: OpenData, concepts: readonly Concept[]): string {
  const rows = concepts.flatMap((concept) =>
    concept.dimensions.flatMap((id) => {
      const dimension = findDimension(id)!;
      return data.jurisdictions.map((jurisdiction) => {
        const fact = jurisdiction.facts[id as DimensionId];
        return [
          concept.id,
          id,
          jurisdiction.id,
          valueCell(dimension, fact.value),
          formatValue(dimension, fact.value),
          fact.verification,
          fact.sources.map((source) => `${source.title}, ${source.pinpoint}`).join(' | '),
          fact.quote,
          fact.quoteLanguage,
          fact.translation,
          fact.translationBy,
        ];
      });
    }),
  );
  return toCsv(
    [
      'concept',
      'dimension',
      'jurisdiction',
      'value',
      'value__label',
      'verification',
      'sources',
      'quote',
      'quote_language',
      'translation',
      'translation_by',
    ],
    rows,
    data.release,
  );
}
