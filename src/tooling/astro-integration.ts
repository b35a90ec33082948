/**
 * Runs the content validator inside Astro, as Starlight validates its config in `astro:config:setup`:
 * `astro build` stops on a broken fact with the same `file:line: field — expected …` lines as
 * `npm run validate`, and `astro dev` prints them at start and whenever a content file changes.
 * After the build, a concept's first use on each page is linked to its concept page (see concept-links.ts).
 * It also silences one known upstream warning (MODULE_LEVEL_DIRECTIVE, by its code only) printed for every MDX entry.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { linkConceptsIn, type LinkableConcept } from './concept-links.ts';
import { errorsOf, formatProblem, validateContent } from './validate-content.ts';

let concepts: LinkableConcept[] = [];

/** Validates the content below `root` and logs each problem; returns the number of errors. */
export async function reportContent(root: string, logger: Pick<AstroIntegrationLogger, 'error' | 'warn' | 'info'>): Promise<number> {
  const content = await validateContent(root);
  const { problems } = content;
  concepts = content.concepts.map(({ data }) => ({ id: data.id, name: data.name, aka: data.aka }));
  for (const problem of problems) (problem.severity === 'error' ? logger.error : logger.warn).call(logger, formatProblem(problem));
  const errors = errorsOf(problems).length;
  if (errors === 0) logger.info(`content valid${problems.length > 0 ? ` (${problems.length} warnings)` : ''}`);
  return errors;
}

export default function contentValidation(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'atlas-content-validation',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        updateConfig({
          vite: {
            build: {
              rolldownOptions: {
                onwarn(warning: { code?: string }, warn: (warning: { code?: string }) => void) {
                  if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
                  warn(warning);
                },
              },
            },
          },
        });
        const errors = await reportContent(root, logger);
        if (errors > 0 && command === 'build') {
          throw new Error(
            `Content validation failed: ${errors} error${errors === 1 ? '' : 's'}, listed above as file:line: field — what was expected.`,
          );
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pages = await linkConceptsIn(fileURLToPath(dir), concepts);
        logger.info(`concept links added on ${pages} pages`);
      },
      'astro:server:setup': ({ server, logger }) => {
        server.watcher.on('change', (path) => {
          if (/[\\/]src[\\/]content[\\/]/.test(path)) void reportContent(root, logger);
        });
      },
    },
  };
}
