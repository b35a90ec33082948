/** CITATION.cff: a valid Citation File Format record whose version follows the package's, so the two cannot drift. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

describe('CITATION.cff', () => {
  it('names the contributors, the licence of the content and the package’s version', async () => {
    const cff = yaml.load(await readFile(join(ROOT, 'CITATION.cff'), 'utf8')) as Record<string, unknown>;
    const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(cff['cff-version']).toBe('1.2.0');
    expect(typeof cff['message']).toBe('string');
    expect(typeof cff['title']).toBe('string');
    expect(cff['authors']).toEqual([{ name: 'Export Control Atlas contributors' }]);
    expect(cff['license']).toBe('CC-BY-4.0');
    expect(cff['version']).toBe(pkg.version);
  });
});
