/**
 * Baselines: a jurisdiction held against a reference, dimension by dimension, with a verdict and its reason.
 * - Against another jurisdiction: same, stricter, looser (by the dimension's declared direction), differs (where
 *   no direction applies), absent (the reference has the control, the jurisdiction none), incomplete, not compared.
 * - Against an international standard: meets, partly, no provision found, not covered by the atlas (no dimension
 *   answers the provision), unknown. A reading of the atlas's facts, never a compliance finding.
 */
import { findDimension, type Dimension, type DimensionId } from '../schemas/dimensions.ts';
import { isSpecialValue, type PublishedFact } from '../schemas/fact.ts';
import type { Provision, Standard } from '../schemas/standard.ts';
import { formatValue, relateValues } from './values.ts';

export type StandardVerdict = 'meets' | 'partly' | 'no-provision' | 'not-covered' | 'unknown' | 'not-researched';
export type PairVerdict = 'same' | 'stricter' | 'looser' | 'differs' | 'absent' | 'incomplete' | 'not-compared';

export const STANDARD_VERDICT_LABELS: Record<StandardVerdict, string> = {
  meets: 'Meets',
  partly: 'Partly',
  'no-provision': 'No provision found',
  'not-covered': 'Not covered by the atlas',
  unknown: 'Unknown',
  'not-researched': 'Not researched',
};

export const PAIR_VERDICT_LABELS: Record<PairVerdict, string> = {
  same: 'Same',
  stricter: 'Stricter',
  looser: 'Looser',
  differs: 'Differs',
  absent: 'Absent',
  incomplete: 'Incomplete',
  'not-compared': 'Not compared (prose)',
};

const settled = (fact: PublishedFact) => fact.value !== 'unknown' && fact.value !== 'not-applicable' && fact.verification !== 'unverified';

/** Whether a fact shows the control a provision test asks for. */
export function provides(fact: PublishedFact, includes?: readonly string[]): 'yes' | 'no' | 'unknown' {
  if (!settled(fact)) return 'unknown';
  const value = fact.value;
  if (value === 'none' || value === false) return 'no';
  if (Array.isArray(value)) {
    if (includes && includes.length > 0) return includes.every((option) => (value as string[]).includes(option)) ? 'yes' : 'no';
    return value.length > 0 ? 'yes' : 'no';
  }
  if (isSpecialValue(value)) return 'unknown';
  return 'yes';
}

export interface ProvisionResult {
  provision: Provision;
  verdict: StandardVerdict;
  reason: string;
  tests: { dimension: Dimension & { id: DimensionId }; state: 'yes' | 'no' | 'unknown' | 'not-researched'; text: string; includes?: string[] }[];
}

/**
 * A provision against one jurisdiction's facts. A dimension absent from `facts` was not researched (a world-tier
 * entry): unless the researched tests settle the provision, its verdict is "not researched", never unknown.
 */
export function provisionVerdict(provision: Provision, facts: Partial<Record<string, PublishedFact>>): ProvisionResult {
  const tests = provision.tests.map((test) => {
    const dimension = findDimension(test.dimension)!;
    const fact = facts[dimension.id];
    return {
      dimension,
      state: fact ? provides(fact, test.includes) : ('not-researched' as const),
      text: fact ? formatValue(dimension, fact.value) : 'not researched',
      ...(test.includes ? { includes: test.includes } : {}),
    };
  });
  if (tests.length === 0) return { provision, verdict: 'not-covered', reason: 'No dimension of the atlas answers this provision.', tests };
  const open = tests.filter((test) => test.state === 'not-researched');
  if (open.length > 0) {
    const settled = provision.match === 'any' && tests.some((test) => test.state === 'yes');
    if (!settled) {
      return { provision, verdict: 'not-researched', reason: `Not researched: ${open.map((test) => test.dimension.label).join('; ')}.`, tests };
    }
  }
  const yes = tests.filter((test) => test.state === 'yes');
  const no = tests.filter((test) => test.state === 'no');
  const unknown = tests.filter((test) => test.state === 'unknown');
  const say = (items: typeof tests) => items.map((test) => `${test.dimension.label}: ${test.text}`).join('; ');
  const any = provision.match === 'any';
  if (any && yes.length > 0) return { provision, verdict: 'meets', reason: say(yes), tests };
  if (!any && yes.length === tests.length) return { provision, verdict: 'meets', reason: say(yes), tests };
  if (yes.length > 0 && no.length > 0) return { provision, verdict: 'partly', reason: `${say(yes)}; but ${say(no)}`, tests };
  if (unknown.length > 0) {
    return {
      provision,
      verdict: 'unknown',
      reason: `Not established: ${say(unknown)}${yes.length ? `; answered: ${say(yes)}` : ''}${no.length ? `; answered: ${say(no)}` : ''}`,
      tests,
    };
  }
  return { provision, verdict: 'no-provision', reason: say(no), tests };
}

/** Every provision of a standard against a jurisdiction (or a world-tier entry's researched facts). */
export function standardBaseline(standard: Standard, facts: Partial<Record<string, PublishedFact>>): ProvisionResult[] {
  return standard.provisions.map((provision) => provisionVerdict(provision, facts));
}

/** One dimension of a jurisdiction against the same dimension of a reference jurisdiction. */
export function pairVerdict(dimension: Dimension, fact: PublishedFact, reference: PublishedFact): { verdict: PairVerdict; reason: string } {
  const value = formatValue(dimension, fact.value);
  const ref = formatValue(dimension, reference.value);
  if (!settled(fact) || !settled(reference)) {
    const open = [
      !settled(fact) ? `this jurisdiction: ${value} (${fact.verification})` : '',
      !settled(reference) ? `reference: ${ref} (${reference.verification})` : '',
    ]
      .filter(Boolean)
      .join('; ');
    return { verdict: 'incomplete', reason: `Not both answered and verified (${open}).` };
  }
  if (dimension.type.kind === 'text') return { verdict: 'not-compared', reason: 'Answers in prose are read side by side, not ranked.' };
  const relation = relateValues(dimension, fact.value, reference.value);
  if (relation === 'same') return { verdict: 'same', reason: `Both: ${value}.` };
  const hasNone = (item: PublishedFact) => item.value === 'none' || item.value === false || (Array.isArray(item.value) && item.value.length === 0);
  if (hasNone(fact) && !hasNone(reference)) return { verdict: 'absent', reason: `${value}, where the reference has ${ref}.` };
  const higher = relation === 'higher' || relation === 'superset';
  const lower = relation === 'lower' || relation === 'subset';
  if ((higher || lower) && dimension.direction !== 'neither') {
    const stricter = (higher && dimension.direction === 'stricter') || (lower && dimension.direction === 'looser');
    return { verdict: stricter ? 'stricter' : 'looser', reason: `${value} against ${ref}.` };
  }
  return { verdict: 'differs', reason: `${value} against ${ref}.` };
}
