/** Content collections, from the one list the validator also reads (src/schemas/collections.ts). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS } from './schemas/collections.ts';

/** Entries are keyed by their `id` field (the public identifier), not their file name. */
const byId = ({ data, entry }: { data: Record<string, unknown>; entry: string }) =>
  typeof data['id'] === 'string' ? data['id'] : entry.replace(/\.mdx?$/, '');

const loader = (folder: string) => glob({ pattern: '**/*.mdx', base: `./${folder}`, generateId: byId });

export const collections = {
  jurisdictions: defineCollection({ loader: loader(COLLECTIONS.jurisdictions.folder), schema: COLLECTIONS.jurisdictions.schema }),
  regimes: defineCollection({ loader: loader(COLLECTIONS.regimes.folder), schema: COLLECTIONS.regimes.schema }),
  standards: defineCollection({ loader: loader(COLLECTIONS.standards.folder), schema: COLLECTIONS.standards.schema }),
  reference: defineCollection({ loader: loader(COLLECTIONS.reference.folder), schema: COLLECTIONS.reference.schema }),
  concepts: defineCollection({ loader: loader(COLLECTIONS.concepts.folder), schema: COLLECTIONS.concepts.schema }),
  redFlags: defineCollection({ loader: loader(COLLECTIONS.redFlags.folder), schema: COLLECTIONS.redFlags.schema }),
  controlLists: defineCollection({ loader: loader(COLLECTIONS.controlLists.folder), schema: COLLECTIONS.controlLists.schema }),
  crosswalk: defineCollection({ loader: loader(COLLECTIONS.crosswalk.folder), schema: COLLECTIONS.crosswalk.schema }),
  modules: defineCollection({ loader: loader(COLLECTIONS.modules.folder), schema: COLLECTIONS.modules.schema }),
  world: defineCollection({ loader: loader(COLLECTIONS.world.folder), schema: COLLECTIONS.world.schema }),
};
