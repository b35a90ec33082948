/**
 * `npm run add:dimension -- <id>`: after adding `<id>` to the registry (src/schemas/dimensions.ts), writes an
 * `unknown` entry for it, in registry order, into every jurisdiction file and test fixture.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { STORED_DIMENSIONS } from '../src/schemas/dimensions.ts';
import { insertUnknownFact } from '../src/tooling/add-dimension.ts';
import { didYouMean } from '../src/tooling/suggest.ts';

const id = process.argv[2];
const order = STORED_DIMENSIONS.map((dimension) => dimension.id as string);
if (id === undefined || !order.includes(id)) {
  console.error(
    id === undefined
      ? 'Usage: npm run add:dimension -- <id>, after adding the dimension to src/schemas/dimensions.ts.'
      : `"${id}" is not a stored dimension of the registry (src/schemas/dimensions.ts)${didYouMean(id, order)}: add it there first.`,
  );
  process.exit(2);
}
const folders = [
  { folder: 'src/content/jurisdictions', fixture: false },
  { folder: 'tests/fixtures/valid/src/content/jurisdictions', fixture: true },
];
let changed = 0;
for (const { folder, fixture } of folders) {
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.mdx')).sort()) {
    const path = join(folder, name);
    const text = await readFile(path, 'utf8');
    const updated = insertUnknownFact(text, id, order, { fixture });
    if (updated !== text) {
      await writeFile(path, updated);
      changed += 1;
      console.log(`${path}: added ${id} as unknown`);
    }
  }
}
console.log(
  `${changed} file${changed === 1 ? '' : 's'} changed. Now research each one: an unknown must list the texts searched (npm run validate says where).`,
);
