/** `npm run new:jurisdiction -- xx`: writes a valid skeleton for ISO code `xx`. */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { jurisdictionSkeleton } from '../src/tooling/scaffold.ts';
import { isJurisdictionCode } from '../src/schemas/primitives.ts';

const code = process.argv[2]?.toLowerCase();
if (code === undefined || !isJurisdictionCode(code)) {
  console.error('Usage: npm run new:jurisdiction -- <code>, where <code> is a lowercase ISO 3166-1 alpha-2 code (e.g. jp) or eu.');
  process.exit(2);
}
const path = `src/content/jurisdictions/${code}.mdx`;
if (existsSync(path)) {
  console.error(`${path} already exists; edit it instead.`);
  process.exit(1);
}
await writeFile(path, jurisdictionSkeleton(code, new Date().toISOString().slice(0, 10)));
console.log(`Wrote ${path}: every dimension is "unknown". Replace each with a sourced value, then run npm run validate.`);
