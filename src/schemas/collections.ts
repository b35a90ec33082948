/** The content collections, listed once: `content.config.ts` loads them into Astro and the validator checks them. */
import { conceptSchema } from './concept.ts';
import { controlListSchema, crosswalkEntrySchema } from './crosswalk.ts';
import { jurisdictionSchema } from './jurisdiction.ts';
import { moduleSchema } from './module.ts';
import { worldEntrySchema } from './world.ts';
import { regimeSchema } from './regime.ts';
import { redFlagGuidanceSchema } from './red-flags.ts';
import { referenceSchema } from './reference.ts';
import { standardSchema } from './standard.ts';

export const COLLECTIONS = {
  jurisdictions: { folder: 'src/content/jurisdictions', schema: jurisdictionSchema },
  regimes: { folder: 'src/content/regimes', schema: regimeSchema },
  standards: { folder: 'src/content/standards', schema: standardSchema },
  reference: { folder: 'src/content/reference', schema: referenceSchema },
  concepts: { folder: 'src/content/concepts', schema: conceptSchema },
  redFlags: { folder: 'src/content/red-flags', schema: redFlagGuidanceSchema },
  controlLists: { folder: 'src/content/control-lists', schema: controlListSchema },
  crosswalk: { folder: 'src/content/crosswalk', schema: crosswalkEntrySchema },
  modules: { folder: 'src/content/modules', schema: moduleSchema },
  world: { folder: 'src/content/world', schema: worldEntrySchema },
} as const;

export type CollectionName = keyof typeof COLLECTIONS;
