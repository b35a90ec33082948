/** The red-flag matrix: each taxonomy indicator against each publisher, and how many publishers name it. */
import { RED_FLAG_CATEGORIES, RED_FLAG_INDICATORS, type RedFlagGuidance } from '../schemas/red-flags.ts';
import { toCsv } from './csv.ts';

export type RedFlagCell = 'names' | 'not-named' | 'not-read' | 'no-guidance';

export const RED_FLAG_CELL_LABELS: Record<RedFlagCell, string> = {
  names: 'Names it',
  'not-named': 'Guidance read, not named',
  'not-read': 'Not in the part read',
  'no-guidance': 'No guidance found',
};

/** What one publisher's guidance says of one indicator; an indicator is "not named" only where the whole list was read. */
export function redFlagCell(guidance: RedFlagGuidance, indicator: string): RedFlagCell {
  if (!guidance.guidance) return 'no-guidance';
  if (guidance.indicators.some((item) => item.indicator === indicator)) return 'names';
  return guidance.readInFull ? 'not-named' : 'not-read';
}

export function redFlagMatrix(publishers: readonly RedFlagGuidance[]) {
  const columns = [...publishers].sort((a, b) => a.publisherName.localeCompare(b.publisherName));
  const rows = RED_FLAG_INDICATORS.map((indicator) => {
    const cells = columns.map((publisher) => ({
      publisher,
      cell: redFlagCell(publisher, indicator.id),
      items: publisher.indicators.filter((item) => item.indicator === indicator.id),
    }));
    return { indicator, cells, named: cells.filter((cell) => cell.cell === 'names').length };
  });
  return {
    columns,
    categories: RED_FLAG_CATEGORIES.map((category) => ({ category, rows: rows.filter((row) => row.indicator.category === category.id) })),
    rows,
    /** Indicators named by one publisher only, or by none. */
    rare: rows.filter((row) => row.named <= 1),
  };
}

export function redFlagsJson(publishers: readonly RedFlagGuidance[], release: string) {
  const matrix = redFlagMatrix(publishers);
  return {
    release,
    license: 'CC-BY-4.0',
    categories: RED_FLAG_CATEGORIES,
    indicators: RED_FLAG_INDICATORS,
    publishers: matrix.columns.map((publisher) => ({
      id: publisher.id,
      publisher: publisher.publisher,
      name: publisher.publisherName,
      kind: publisher.kind,
      guidance: publisher.guidance,
      readInFull: publisher.readInFull,
      summary: publisher.summary,
      sources: publisher.sources.map((source) => ({
        id: source.id,
        title: source.title,
        url: source.url,
        copy: source.copy,
        checked: source.checked,
      })),
      indicators: publisher.indicators,
    })),
    matrix: Object.fromEntries(
      matrix.rows.map((row) => [row.indicator.id, Object.fromEntries(row.cells.map((cell) => [cell.publisher.id, cell.cell]))]),
    ),
  };
}

export function redFlagsCsv(publishers: readonly RedFlagGuidance[], release: string): string {
  const matrix = redFlagMatrix(publishers);
  return toCsv(
    ['indicator', 'category', 'publisher', 'cell', 'wording', 'pinpoint'],
    matrix.rows.flatMap((row) =>
      row.cells.map((cell) => [
        row.indicator.id,
        row.indicator.category,
        cell.publisher.id,
        cell.cell,
        cell.items.map((item) => item.wording).join(' | '),
        cell.items.map((item) => item.cite.pinpoint).join(' | '),
      ]),
    ),
    release,
  );
}
