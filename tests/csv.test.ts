import { describe, expect, it } from 'vitest';
import { toCsv } from '../src/lib/csv.ts';

describe('toCsv', () => {
  it('writes RFC 4180 rows with CRLF line ends, after a UTF-8 byte-order mark, each row ending with its release', () => {
    expect(toCsv(['a', 'b'], [[1, true]], '2026-12-06.0123abcd')).toBe('\uFEFFa,b,release\r\n1,true,2026-12-06.0123abcd\r\n');
  });

  it('quotes fields with commas, quotes and line breaks, doubling inner quotes', () => {
    expect(toCsv(['x'], [['a,b'], ['say "no"'], ['two\nlines'], [undefined]], 'r')).toBe(
      '\uFEFFx,release\r\n"a,b",r\r\n"say ""no""",r\r\n"two\nlines",r\r\n,r\r\n',
    );
  });
});
