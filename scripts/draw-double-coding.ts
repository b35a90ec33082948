/**
 * `node scripts/draw-double-coding.ts [seed] [share]`: draws the seeded random sample of facts for double
 * coding (a second reader codes each from its sources alone) and writes review/double-coding-sample.yaml, with the
 * atlas's values at the time of drawing (the first coding) in review/double-coding-first-reader.yaml.
 * Descriptive (text) dimensions are left out: two readers' prose cannot be compared value by value.
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { stringify } from 'yaml';
import { STORED_DIMENSIONS } from '../src/schemas/dimensions.ts';
import { validateContent } from '../src/tooling/validate-content.ts';

// A drawn sample and its frozen first coding are the record of a finished exercise: never overwrite them by accident.
if (existsSync('review/double-coding-sample.yaml') && !process.argv.includes('--force')) {
  console.error('review/double-coding-sample.yaml exists (a past draw and its first coding). Move it aside, or pass --force to draw again.');
  process.exit(1);
}
const args = process.argv.slice(2).filter((arg) => arg !== '--force');
const seed = Number(args[0] ?? 20261206);
const share = Number(args[1] ?? 0.1);

/** mulberry32: a small, well-known seeded generator, so the draw can be repeated exactly. */
function random(state: number) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const { jurisdictions, problems } = await validateContent(process.cwd());
if (problems.some((problem) => problem.severity === 'error')) throw new Error('content does not validate: run npm run validate');
const comparable = STORED_DIMENSIONS.filter((dimension) => dimension.type.kind !== 'text');
const pool = jurisdictions
  .map((entry) => entry.data.id)
  .sort()
  .flatMap((jurisdiction) => comparable.map((dimension) => ({ jurisdiction, dimension: dimension.id as string })));
const total = jurisdictions.length * STORED_DIMENSIONS.length;
const size = Math.ceil(total * share);
const next = random(seed);
// Fisher–Yates on a copy, then the first `size` entries, sorted for reading.
const shuffled = [...pool];
for (let i = shuffled.length - 1; i > 0; i -= 1) {
  const j = Math.floor(next() * (i + 1));
  [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
}
const sample = shuffled
  .slice(0, size)
  .sort(
    (a, b) =>
      a.jurisdiction.localeCompare(b.jurisdiction) ||
      comparable.findIndex((d) => d.id === a.dimension) - comparable.findIndex((d) => d.id === b.dimension),
  );
await writeFile(
  'review/double-coding-sample.yaml',
  `# Drawn by scripts/draw-double-coding.ts with seed ${seed}: ${size} facts (${(share * 100).toFixed(0)}% of ${total}), from the ${pool.length} facts of comparable (non-text) dimensions.\n` +
    stringify({ seed, share, drawnFrom: pool.length, facts: sample }, { lineWidth: 0 }),
);
const valueOf = (id: string, dimension: string) =>
  jurisdictions.find((entry) => entry.data.id === id)!.data.facts[dimension as 'brokeringControls'].value;
await writeFile(
  'review/double-coding-first-reader.yaml',
  `# The atlas's values for the sampled facts when the sample was drawn, before the second reader coded them.\n` +
    stringify(
      {
        reader: 'first',
        date: new Date().toISOString().slice(0, 10),
        facts: sample.map((fact) => ({ ...fact, value: valueOf(fact.jurisdiction, fact.dimension) })),
      },
      { lineWidth: 0 },
    ),
);
console.log(`review/double-coding-sample.yaml: ${size} facts drawn with seed ${seed}; first coding in review/double-coding-first-reader.yaml.`);
