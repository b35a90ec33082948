/** `npm run validate`: checks every content file; exits 1 with one line per error (warnings are printed too). */
import { errorsOf, formatProblem, validateContent } from '../src/tooling/validate-content.ts';

const root = process.argv[2] ?? process.cwd();
const { jurisdictions, regimes, standards, concepts, redFlags, reference, controlLists, crosswalk, problems } = await validateContent(root);
const errors = errorsOf(problems).length;
const warnings = problems.length - errors;
if (problems.length > 0) {
  const counts = [`${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`].join(', ');
  console.error(`Content ${errors > 0 ? 'validation failed' : 'valid with warnings'}: ${counts}\n`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
}
if (errors > 0) process.exit(1);
console.log(
  `Content valid: ${jurisdictions.length} jurisdictions, ${regimes.length} regimes, ${standards.length} standards, ${concepts.length} concepts, ${redFlags.length} red-flag guidance entries, ${reference.length} reference lists, ${controlLists.length} control lists, ${crosswalk.length} crosswalk entries.`,
);
