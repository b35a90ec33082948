/** Writes the skeleton of a new jurisdiction file: every stored dimension present and `unknown`, with the texts searched still to list. */
import { stringify } from 'yaml';
import { STORED_DIMENSIONS, TOPICS } from '../schemas/dimensions.ts';
import { jurisdictionName } from '../schemas/primitives.ts';

/** The text of `src/content/jurisdictions/<code>.mdx` for a new jurisdiction. */
export function jurisdictionSkeleton(code: string, today: string): string {
  const facts = Object.fromEntries(
    STORED_DIMENSIONS.map((dimension) => [dimension.id, { value: 'unknown', verification: 'unverified', searched: [], note: 'Not yet researched.' }]),
  );
  const frontmatter = stringify(
    {
      id: code,
      name: jurisdictionName(code),
      kind: code === 'eu' ? 'union' : 'state',
      summary: 'TODO: one or two sentences on how this jurisdiction controls exports.',
      lastReviewed: today,
      sources: [{ id: 'primary-law', title: 'TODO: title of the primary statute', kind: 'statute', copy: 'official', checked: today }],
      facts,
    },
    { lineWidth: 0 },
  );
  const topics = TOPICS.map((topic) => `## ${topic.label}\n\nTODO.\n`).join('\n');
  return `---\n${frontmatter}---\n\n${topics}`;
}
