/**
 * `npm run release`: records the content as a release. Writes `releases/<id>.json`, the ledger of every stored fact
 * (value, verification level, citations; for world-tier entries, the questions they researched) that the next build diffs against, so later changes show `from` and `to` and
 * must each carry a record saying why. Refuses while the content has errors. Commit the ledger with the content.
 */
import { mkdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { errorsOf, formatProblem, validateContent } from '../src/tooling/validate-content.ts';
import { contentRelease } from '../src/tooling/release.ts';
import { ledgerOf, readLedgers, RELEASES_FOLDER } from '../src/tooling/history.ts';

const root = process.cwd();
const { jurisdictions, world, problems } = await validateContent(root);
const errors = errorsOf(problems);
if (errors.length > 0) {
  console.error(`Not recorded: the content has ${errors.length} error(s). Fix them first (npm run validate):`);
  for (const problem of errors) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
const release = contentRelease(root);
const path = join(RELEASES_FOLDER, `${release.id}.json`);
if (existsSync(join(root, path))) {
  console.log(`Release ${release.id} is already recorded (${path}).`);
  process.exit(0);
}
const previous = readLedgers(root).at(-1);
mkdirSync(join(root, RELEASES_FOLDER), { recursive: true });
const ledger = ledgerOf(
  jurisdictions.map((entry) => entry.data),
  release,
  world.map((entry) => entry.data),
);
// The link to the release before orders releases of one day, whose ids are hashes.
if (previous) ledger.previous = previous.release;
writeFileSync(join(root, path), `${JSON.stringify(ledger, null, 1)}\n`);
console.log(
  `Recorded release ${release.id}${previous ? ` (after ${previous.release})` : ' (the first ledger)'}: ${path}. Commit it with the content.`,
);
