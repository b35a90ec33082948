/**
 * Double coding: how often a second reader, coding a seeded sample of facts from the sources alone, reached
 * the atlas's value. Agreement is per topic, over the facts the second reader could code (not `unknown`).
 */
import { findDimension, TOPICS, type TopicId } from '../schemas/dimensions.ts';
import type { FactValue } from '../schemas/fact.ts';
import { valueKey } from './values.ts';

export interface SecondCode {
  jurisdiction: string;
  dimension: string;
  value: FactValue;
  read?: string;
  note?: string;
}

export interface Resolution {
  jurisdiction: string;
  dimension: string;
  /** How the disagreement was settled: the fact was corrected, the first coding stands, or the codebook was clarified. */
  outcome: 'fact-corrected' | 'first-coding-stands' | 'codebook-clarified';
  note: string;
}

export interface Comparison {
  jurisdiction: string;
  dimension: string;
  topic: TopicId;
  first: FactValue;
  second: FactValue | undefined;
  /** `agree`, `disagree`, or `not-coded` (the second reader could not settle it from the sources). */
  result: 'agree' | 'disagree' | 'not-coded';
  resolution?: Resolution;
}

/** Compares the atlas's values with the second reader's, fact by fact. */
export function compareCodings(
  sample: readonly { jurisdiction: string; dimension: string }[],
  firstValue: (jurisdiction: string, dimension: string) => FactValue,
  second: readonly SecondCode[],
  resolutions: readonly Resolution[] = [],
): Comparison[] {
  return sample.map(({ jurisdiction, dimension: id }) => {
    const dimension = findDimension(id);
    if (!dimension) throw new Error(`double-coding sample names an unknown dimension "${id}"`);
    const first = firstValue(jurisdiction, id);
    const code = second.find((item) => item.jurisdiction === jurisdiction && item.dimension === id);
    const resolution = resolutions.find((item) => item.jurisdiction === jurisdiction && item.dimension === id);
    const base = { jurisdiction, dimension: id, topic: dimension.topic, first, second: code?.value, ...(resolution ? { resolution } : {}) };
    if (code === undefined || code.value === 'unknown') return { ...base, result: 'not-coded' };
    return {
      ...base,
      result: valueKey(dimension, first) === valueKey(dimension, code.value) && valueKey(dimension, first) !== undefined ? 'agree' : 'disagree',
    };
  });
}

export interface TopicAgreement {
  topic: TopicId;
  label: string;
  sampled: number;
  coded: number;
  agreed: number;
}

/** Agreement per topic (only topics with sampled facts), in taxonomy order, and the total. */
export function agreementByTopic(comparisons: readonly Comparison[]): { topics: TopicAgreement[]; total: Omit<TopicAgreement, 'topic' | 'label'> } {
  const topics = TOPICS.flatMap((topic) => {
    const rows = comparisons.filter((row) => row.topic === topic.id);
    if (rows.length === 0) return [];
    return [
      {
        topic: topic.id,
        label: topic.label,
        sampled: rows.length,
        coded: rows.filter((row) => row.result !== 'not-coded').length,
        agreed: rows.filter((row) => row.result === 'agree').length,
      },
    ];
  });
  const sum = (pick: (row: TopicAgreement) => number) => topics.reduce((total, row) => total + pick(row), 0);
  return { topics, total: { sampled: sum((row) => row.sampled), coded: sum((row) => row.coded), agreed: sum((row) => row.agreed) } };
}
