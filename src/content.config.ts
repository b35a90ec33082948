/** Content collections. The schemas are the same ones `npm run validate` checks first. */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { jurisdictionSchema } from './schemas/jurisdiction.ts';
import { regimeSchema } from './schemas/regime.ts';

/** Entries are keyed by their `id` field (the public identifier), not their file name. */
const byId = ({ data, entry }: { data: Record<string, unknown>; entry: string }) =>
  typeof data['id'] === 'string' ? data['id'] : entry.replace(/\.mdx?$/, '');

export const collections = {
  jurisdictions: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './src/content/jurisdictions', generateId: byId }),
    schema: jurisdictionSchema,
  }),
  regimes: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './src/content/regimes', generateId: byId }),
    schema: regimeSchema,
  }),
};
