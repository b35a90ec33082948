/** The red-flag matrix on hand-made guidance, and the published matrix. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redFlagCell, redFlagMatrix } from '../src/lib/red-flags.ts';
import { RED_FLAG_INDICATORS, type RedFlagGuidance } from '../src/schemas/red-flags.ts';

const publisher = (id: string, guidance: boolean, indicators: string[], readInFull = true): RedFlagGuidance =>
  ({
    id,
    publisher: id,
    publisherName: id.toUpperCase(),
    kind: 'jurisdiction',
    guidance,
    readInFull,
    summary: 's',
    sources: [],
    indicators: indicators.map((indicator) => ({ indicator, wording: 'w', cite: { ref: 'r', pinpoint: 'p' } })),
  }) as unknown as RedFlagGuidance;

describe('red-flag matrix', () => {
  it('reads names it, guidance read but not named, and no guidance found', () => {
    const a = publisher('a', true, ['end-use-withheld']);
    expect(redFlagCell(a, 'end-use-withheld')).toBe('names');
    expect(redFlagCell(a, 'payment-third-party')).toBe('not-named');
    expect(redFlagCell(publisher('b', false, []), 'end-use-withheld')).toBe('no-guidance');
    // Guidance found but only partly read: an unmapped indicator is not "not named".
    const partly = publisher('c', true, ['end-use-withheld'], false);
    expect(redFlagCell(partly, 'end-use-withheld')).toBe('names');
    expect(redFlagCell(partly, 'payment-third-party')).toBe('not-read');
  });

  it('counts who names each indicator and lists those only one publisher, or none, names', () => {
    const matrix = redFlagMatrix([
      publisher('a', true, ['end-use-withheld', 'payment-unusual']),
      publisher('b', true, ['end-use-withheld']),
      publisher('c', false, []),
    ]);
    expect(matrix.rows).toHaveLength(RED_FLAG_INDICATORS.length);
    expect(matrix.rows.find((row) => row.indicator.id === 'end-use-withheld')!.named).toBe(2);
    const rare = matrix.rare.map((row) => row.indicator.id);
    expect(rare).toContain('payment-unusual');
    expect(rare).toContain('shipping-packaging');
    expect(rare).not.toContain('end-use-withheld');
  });
});

describe('the published matrix (dist/data/red-flags.json)', () => {
  it('has a cell for every indicator and publisher, and every named indicator has wording and a pinpoint', async () => {
    const data = JSON.parse(await readFile(join(import.meta.dirname, '../dist/data/red-flags.json'), 'utf8'));
    expect(data.publishers.length).toBeGreaterThanOrEqual(10);
    for (const indicator of RED_FLAG_INDICATORS) {
      for (const publisher of data.publishers)
        expect(['names', 'not-named', 'not-read', 'no-guidance']).toContain(data.matrix[indicator.id][publisher.id]);
    }
    for (const publisher of data.publishers) {
      if (!publisher.guidance) expect(publisher.indicators).toEqual([]);
      for (const item of publisher.indicators) {
        expect(item.wording.length).toBeGreaterThan(5);
        expect(item.cite.pinpoint.length).toBeGreaterThan(0);
      }
    }
  });
});
