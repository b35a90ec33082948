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

  it('gives every dimension a direction, a scope and the evidence a primary fact needs', () => {
    for (const dimension of DIMENSIONS) {
      expect(['stricter', 'looser', 'neither'], dimension.id).toContain(dimension.direction);
      expect(['dual-use', 'military', 'both'], dimension.id).toContain(dimension.scope);
      expect(['law', 'practice', 'record'], dimension.id).toContain(dimension.evidence);
    }
    expect(findDimension('criminalMaxImprisonmentYears')?.direction).toBe('stricter');
    expect(findDimension('statutoryProcessingDays')?.direction).toBe('looser');
  });

  it('labels and describes every option, so no page shows an identifier', () => {
    for (const dimension of DIMENSIONS) {
      if (!('options' in dimension.type)) continue;
      for (const option of dimension.type.options) {
        expect(option.label, `${dimension.id}.${option.id}`).not.toBe(option.id);
        expect(option.label, `${dimension.id}.${option.id}`).toMatch(/^[A-Z]/);
        expect(option.description.length, `${dimension.id}.${option.id}`).toBeGreaterThan(10);
      }
    }
  });

  it('gives every dimension a coding rule: a one-sentence question, what counts, and a worked example', () => {
    for (const dimension of DIMENSIONS) {
      expect(dimension.rule.question, dimension.id).toMatch(/^[A-Z][^?]*\?$/);
      expect(dimension.rule.counts.length, dimension.id).toBeGreaterThan(40);
      expect(dimension.rule.example.length, dimension.id).toBeGreaterThan(20);
    }
  });

  it('derives one status dimension per regime, in the international topic', () => {
    const derived = DIMENSIONS.filter((dimension) => dimension.derived);
    expect(derived.map((dimension) => dimension.id)).toEqual([
      'wassenaarStatus',
      'nsgStatus',
      'mtcrStatus',
      'australiaGroupStatus',
      'zanggerStatus',
      'attStatus',
      'cwcStatus',
      'bwcStatus',
    ]);
    for (const dimension of derived) expect(dimension.topic).toBe('international');
  });

  it('never offers a special value as an enumerated option', () => {
    for (const dimension of DIMENSIONS) {
      if ('options' in dimension.type) {
        expect(dimension.type.options.length, dimension.id).toBeGreaterThan(0);
        for (const option of dimension.type.options) expect(['none', 'not-applicable', 'unknown']).not.toContain(option.id);
      }
    }
  });

  it('keeps topics in registry order so pages read topic by topic', () => {
    const order = DIMENSIONS.map((dimension) => TOPICS.findIndex((topic) => topic.id === dimension.topic));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
