/** `npm run validate`: checks every content file; exits 1 with one line per problem. */
import { formatProblem, validateContent } from '../src/lib/validate-content.ts';

const root = process.argv[2] ?? process.cwd();
const { jurisdictions, regimes, problems } = await validateContent(root);
if (problems.length > 0) {
  console.error(`Content validation failed: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n`);
  for (const problem of problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
console.log(`Content valid: ${jurisdictions.length} jurisdictions, ${regimes.length} regimes.`);
