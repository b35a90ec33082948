import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { insertUnknownFact } from '../src/tooling/add-dimension.ts';
import { parseContent } from '../src/tooling/content-files.ts';
import { STORED_DIMENSIONS } from '../src/schemas/dimensions.ts';
import { jurisdictionSchema } from '../src/schemas/jurisdiction.ts';

const FIXTURE = await readFile(join(import.meta.dirname, 'fixtures/valid/src/content/jurisdictions/jp.mdx'), 'utf8');
const ORDER = STORED_DIMENSIONS.map((dimension) => dimension.id as string);
const BLOCK = /^  deMinimisRule:\n(?: {4}.*\n)+/m;

describe('add:dimension', () => {
  it('puts a missing fact back in registry order, leaving every other line as written', () => {
    const without = FIXTURE.replace(BLOCK, '');
    expect(without).not.toContain('deMinimisRule');
    const restored = insertUnknownFact(without, 'deMinimisRule', ORDER, { fixture: true });
    expect(restored).toBe(
      FIXTURE.replace(
        BLOCK,
        '  deMinimisRule:\n    value: unknown\n    verification: unverified\n    searched:\n      - ref: primary-law\n        pinpoint: whole text\n    note: Not yet researched.\n',
      ),
    );
    const parsed = parseContent('jp.mdx', restored);
    if ('message' in parsed) throw new Error(parsed.message);
    expect(jurisdictionSchema.safeParse(parsed.data).success).toBe(true);
  });

  it('appends after the last fact when the dimension comes last, and writes no texts searched in real content', () => {
    const last = ORDER.at(-1)!;
    const block = new RegExp(`^  ${last}:\\n(?: {4}.*\\n)+`, 'm');
    const restored = insertUnknownFact(FIXTURE.replace(block, ''), last, ORDER);
    expect(restored).toContain(`  ${last}:\n    value: unknown\n    verification: unverified\n    note: Not yet researched.\n---`);
  });

  it('leaves a file that already has the fact unchanged', () => {
    expect(insertUnknownFact(FIXTURE, 'deMinimisRule', ORDER)).toBe(FIXTURE);
  });
});
