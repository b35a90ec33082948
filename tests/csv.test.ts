import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/lib/csv.ts';

describe('toCsv', () => {
  it('writes RFC 4180 rows with CRLF line ends, after a UTF-8 byte-order mark for spreadsheet programs', () => {
    expect(toCsv(['a', 'b'], [[1, true]])).toBe('\uFEFFa,b\r\n1,true\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, doubling inner quotes', () => {
    expect(toCsv(['x'], [['a,b'], ['say "no"'], ['two\nlines'], [undefined]])).toBe('\uFEFFx\r\n"a,b"\r\n"say ""no"""\r\n"two\nlines"\r\n\r\n');
  });
});
