/** Type tests, checked by `npm run typecheck`: ids are literal types, so facts are typed without casts. */
import { expectTypeOf } from 'vitest';
import type { DimensionId, StoredDimensionId } from '../src/schemas/dimensions.ts';
import type { Facts } from '../src/schemas/jurisdiction.ts';
import type { PublishedJurisdiction } from '../src/schemas/jurisdiction.ts';
import type { Fact, PublishedFact } from '../src/schemas/fact.ts';

expectTypeOf<'criminalMaxImprisonmentYears'>().toExtend<StoredDimensionId>();
expectTypeOf<'wassenaarStatus'>().toExtend<DimensionId>();
expectTypeOf<'wassenaarStatus'>().not.toExtend<StoredDimensionId>();
expectTypeOf<'criminalMaxPrisonYears'>().not.toExtend<DimensionId>();
// Indexing by a dimension id gives a fact, never `undefined`: no `!` needed.
expectTypeOf<Facts['catchAllTrigger']>().toEqualTypeOf<Fact>();
expectTypeOf<PublishedJurisdiction['facts']['nsgStatus']>().toEqualTypeOf<PublishedFact>();
