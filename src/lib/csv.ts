/**
 * RFC 4180 CSV: fields quoted when they contain a comma, quote or line break; CRLF line ends; UTF-8 with a byte-order
 * mark, so spreadsheet programs read "§" and Korean as written instead of guessing a legacy encoding.
 */
export type Cell = string | number | boolean | undefined;

/** The UTF-8 byte-order mark that opens every CSV. */
export const BOM = '\uFEFF';

function field(cell: Cell): string {
  const text = cell === undefined ? '' : String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Serialises a header row and data rows. Every row ends with the content release it belongs to (column `release`),
 * so a file opened or copied on its own still says which release of the atlas it came from.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[], release: string): string {
  const lines = [[...header, 'release'], ...rows.map((row) => [...row, release])];
  return `${BOM}${lines.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}
