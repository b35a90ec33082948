import { describe, expect, it } from 'vitest';
import { DIMENSIONS, TOPICS, dimensionsOfTopic, findDimension } from '../src/schemas/dimensions.ts';

describe('dimension registry', () => {
  it('covers every topic of the taxonomy with at least one dimension', () => {
    for (const topic of TOPICS) expect(dimensionsOfTopic(topic.id).length, topic.id).toBeGreaterThan(0);
    expect(TOPICS).toHaveLength(11);
  });

  it('has around forty dimensions with unique lowerCamelCase ids', () => {
    const ids = DIMENSIONS.map((dimension) => dimension.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-zA-Z0-9]*$/);
    expect(ids.length).toBeGreaterThanOrEqual(35);
  });

  it('includes the dimensions the comparison views are built around', () => {
    for (const id of [
      'primaryLegislation',
      'catchAllTrigger',
      'criminalMaxImprisonmentYears',
      'criminalMaxFine',
      'deMinimisRule',
      'un1540Reporting',
    ]) {
      expect(findDimension(id), id).toBeDefined();
    }
  });

  it('pairs each value type with a comparison that can read it', () => {
    const allowed: Record<string, string[]> = {
      boolean: ['equal'],
      enum: ['equal'],
      number: ['numeric'],
      money: ['numeric'],
      set: ['set'],
      jurisdictions: ['set'],
      text: ['descriptive'],
      date: ['descriptive', 'numeric'],
    };
    for (const dimension of DIMENSIONS) expect(allowed[dimension.type.kind], dimension.id).toContain(dimension.compare);
  });

  it('never offers a special value as an enumerated option', () => {
    for (const dimension of DIMENSIONS) {
      if ('options' in dimension.type) {
        expect(dimension.type.options.length, dimension.id).toBeGreaterThan(0);
        for (const option of dimension.type.options) expect(['none', 'not-applicable', 'unknown']).not.toContain(option);
      }
    }
  });

  it('keeps topics in registry order so pages read topic by topic', () => {
    const order = DIMENSIONS.map((dimension) => TOPICS.findIndex((topic) => topic.id === dimension.topic));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
