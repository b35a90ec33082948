/** `npm run report:coverage`: per jurisdiction, dimensions answered, unknowns, facts by verification level, review date. */
import { coverageOf, isStale, percent, totalCoverage } from '../src/lib/coverage.ts';
import { formatProblem, validateContent } from '../src/tooling/validate-content.ts';
import { tiers, worldCoverage } from '../src/lib/world.ts';

const today = process.env['ATLAS_TODAY'] ?? new Date().toISOString().slice(0, 10);
const { jurisdictions, reference, world, problems } = await validateContent(process.cwd());
if (problems.length > 0) {
  for (const problem of problems) console.error(formatProblem(problem));
  process.exit(1);
}
const rows = jurisdictions.map((entry) => coverageOf(entry.data)).sort((a, b) => a.id.localeCompare(b.id));
const cell = (value: string | number, width: number) => String(value).padStart(width);
console.log(`Coverage report (${today}); reviews older than 12 months are flagged STALE\n`);
console.log(
  `${'id'.padEnd(4)}${'name'.padEnd(18)}${cell('answered', 10)}${cell('unknown', 9)}${cell('primary', 9)}${cell('second.', 9)}${cell('unverif.', 10)}${cell('primary%', 10)}${cell('re-read', 9)}${cell('re-read%', 10)}  last reviewed`,
);
for (const row of rows) {
  const stale = isStale(row.lastReviewed, today) ? '  STALE' : '';
  console.log(
    `${row.id.padEnd(4)}${row.name.slice(0, 17).padEnd(18)}${cell(`${row.answered}/${row.dimensions}`, 10)}${cell(row.unknown, 9)}${cell(row.byVerification.primary, 9)}${cell(row.byVerification.secondary, 9)}${cell(row.byVerification.unverified, 10)}${cell(percent(row.byVerification.primary, row.answered), 10)}${cell(row.rechecked, 9)}${cell(percent(row.rechecked, row.dimensions), 10)}  ${row.lastReviewed}${stale}`,
  );
}
const total = totalCoverage(rows);
console.log(
  `\nTotal: ${total.jurisdictions} jurisdictions, ${total.facts} facts, ${total.answered} answered (${(total.answeredShare * 100).toFixed(1)}%), ${total.unknown} unknown; ` +
    `answered by level: ${total.byVerification.primary} primary (${percent(total.byVerification.primary, total.answered)}), ${total.byVerification.secondary} secondary, ${total.byVerification.unverified} unverified; ` +
    `re-checked against their sources: ${total.rechecked} (${percent(total.rechecked, total.facts)}).`,
);
if (process.argv.includes('--not-rechecked')) {
  console.log('\nFacts not yet re-checked against their sources:');
  for (const row of rows) if (row.notRechecked.length > 0) console.log(`${row.id}: ${row.notRechecked.join(', ')}`);
} else {
  console.log('Run with -- --not-rechecked to list the facts not yet re-checked.');
}

// The world tier, counted apart: each core question over the entries that researched it (not researched is not unknown).
const unList = reference.find((item) => item.data.kind === 'un-members');
const un = unList && unList.data.kind === 'un-members' ? unList.data.codes : [];
const tier = tiers(
  un,
  rows.map((row) => row.id),
  world.map((entry) => entry.data.id),
);
console.log(
  `\nWorld tier: ${world.length} entries; of ${un.length} UN member states, ${tier.full.length} have a full profile, ${tier.world.length} a world-tier entry, ${tier.neither.length} neither.`,
);
for (const row of worldCoverage(world.map((entry) => entry.data))) {
  console.log(
    `  ${row.id.padEnd(20)} researched ${String(row.researched).padStart(3)}, answered ${String(row.answered).padStart(3)} (${percent(row.answered, row.researched)}; ${row.none} none, ${row.notApplicable} not-applicable), unknown ${row.researched - row.answered}, not researched ${row.notResearched}`,
  );
}
