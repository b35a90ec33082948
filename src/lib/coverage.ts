/** Coverage figures: how much of the registry each jurisdiction answers, and how well sourced. */
import { STORED_DIMENSIONS } from '../schemas/dimensions.ts';
import { VERIFICATION_LEVELS, type Verification } from '../schemas/fact.ts';
import type { Jurisdiction } from '../schemas/jurisdiction.ts';

export interface Coverage {
  id: string;
  name: string;
  lastReviewed: string;
  dimensions: number;
  answered: number;
  unknown: number;
  byVerification: Record<Verification, number>;
  /** Facts re-checked against their source (a `recheck` record). */
  rechecked: number;
  /** Dimension ids of the facts not yet re-checked. */
  notRechecked: string[];
}

/** Per-jurisdiction coverage. `answered` counts every value other than `unknown`. */
export function coverageOf(jurisdiction: Jurisdiction): Coverage {
  const facts = Object.values(jurisdiction.facts);
  const byVerification = Object.fromEntries(VERIFICATION_LEVELS.map((level) => [level, 0])) as Record<Verification, number>;
  for (const fact of facts) if (fact.value !== 'unknown') byVerification[fact.verification] += 1;
  const unknown = facts.filter((fact) => fact.value === 'unknown').length;
  const notRechecked = Object.entries(jurisdiction.facts)
    .filter(([, fact]) => fact.recheck === undefined)
    .map(([id]) => id);
  return {
    id: jurisdiction.id,
    name: jurisdiction.name,
    lastReviewed: jurisdiction.lastReviewed,
    dimensions: STORED_DIMENSIONS.length,
    answered: facts.length - unknown,
    unknown,
    byVerification,
    rechecked: facts.length - notRechecked.length,
    notRechecked,
  };
}

/** A share as a percentage with one decimal, e.g. "52.3%"; "–" where there is nothing to divide. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((part / whole) * 100).toFixed(1)}%`;
}

/** Totals over many jurisdictions. */
export function totalCoverage(rows: readonly Coverage[]) {
  const total = (pick: (row: Coverage) => number) => rows.reduce((sum, row) => sum + pick(row), 0);
  const facts = total((row) => row.answered + row.unknown);
  const answered = total((row) => row.answered);
  return {
    jurisdictions: rows.length,
    facts,
    answered,
    unknown: total((row) => row.unknown),
    rechecked: total((row) => row.rechecked),
    answeredShare: facts === 0 ? 0 : answered / facts,
    byVerification: Object.fromEntries(VERIFICATION_LEVELS.map((level) => [level, total((row) => row.byVerification[level])])) as Record<
      Verification,
      number
    >,
  };
}

/** True when `lastReviewed` is more than `months` months before `today` (both YYYY-MM-DD). */
export function isStale(lastReviewed: string, today: string, months = 12): boolean {
  const limit = new Date(`${today}T00:00:00Z`);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return new Date(`${lastReviewed}T00:00:00Z`) < limit;
}
