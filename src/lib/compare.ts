/**
 * The comparison model: one compact cell per jurisdiction and dimension, and the rule that marks a row as
 * differing or incomplete. It imports nothing, so the compare page's script bundles it as it is and the
 * static tables and the script apply one rule.
 */

export type CellLevel = 'primary' | 'secondary' | 'unverified';
/** `not-researched`: a world-tier entry did not research the dimension (never `unknown`, never compared). */
export type CellSpecial = 'none' | 'not-applicable' | 'unknown' | 'not-researched';

/** What one jurisdiction answers on one dimension, ready to show (short keys: these are fetched). */
export interface Cell {
  /** The value as a reader sees it. */
  t: string;
  /** The canonical key of the value (equal values share it); absent where no key can say so (prose). */
  k?: string;
  /** Verification level. */
  l: CellLevel;
  /** A special value, if the value is one. */
  s?: CellSpecial;
  /** The first pinpoint, compact (the citations in full are served apart, fetched when a reader opens them). */
  p?: string;
  /** For a member state of a union: whether the fact applies the union's rule or is a national choice. */
  b?: string;
}

/**
 * A row's mark:
 * - `differs`: at least two answered `primary` or `secondary` values have different keys;
 * - `incomplete`: a chosen jurisdiction's value is `unknown`, `not-applicable` or `unverified` (never `differs`,
 *   even when the answered values differ: `answeredDiffer` says that);
 * - `same`: every value answered, verified and equal;
 * - `not-compared`: answered and verified, but at least one value has no key (prose);
 * - `single`: fewer than two jurisdictions chosen;
 * - `not-researched`: two or more chosen, but fewer than two of them researched the dimension (world-tier entries
 *   answer only their core questions). A cell not researched is left out of every other mark.
 */
export type RowStatus = 'differs' | 'incomplete' | 'same' | 'not-compared' | 'single' | 'not-researched';

export interface RowComparison {
  status: RowStatus;
  /** Per cell, the index of its group of equal values (0 = the largest group), or -1 when it is in none. */
  groups: number[];
  /** How many groups of equal answered values the row has. */
  groupCount: number;
  /** Whether answered, verified values differ, also in an incomplete row. */
  answeredDiffer: boolean;
}

/** A value that leaves the comparison incomplete: not answered, not applicable, or not verified. */
export function isIncomplete(cell: Cell): boolean {
  return cell.s === 'unknown' || cell.s === 'not-applicable' || cell.l === 'unverified';
}

/** Compare one dimension across the chosen jurisdictions' cells; cells not researched take no part. */
export function compareRow(all: readonly Cell[]): RowComparison {
  const researched = all.filter((cell) => cell.s !== 'not-researched');
  const row = compareResearched(researched);
  if (researched.length === all.length) return row;
  let next = 0;
  const groups = all.map((cell) => (cell.s === 'not-researched' ? -1 : row.groups[next++]!));
  const status = all.length >= 2 && researched.length < 2 ? 'not-researched' : row.status;
  return { ...row, status, groups };
}

function compareResearched(cells: readonly Cell[]): RowComparison {
  const counts = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  cells.forEach((cell, index) => {
    if (cell.k === undefined || cell.s === 'unknown' || cell.s === 'not-applicable') return;
    counts.set(cell.k, (counts.get(cell.k) ?? 0) + 1);
    if (!firstSeen.has(cell.k)) firstSeen.set(cell.k, index);
  });
  // Larger groups first; equal sizes in the order the jurisdictions were chosen.
  const order = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || firstSeen.get(a)! - firstSeen.get(b)!);
  const groups = cells.map((cell) => (cell.k === undefined || cell.s === 'unknown' || cell.s === 'not-applicable' ? -1 : order.indexOf(cell.k)));
  const verified = cells.filter((cell) => !isIncomplete(cell));
  const verifiedKeys = new Set(verified.flatMap((cell) => (cell.k === undefined ? [] : [cell.k])));
  const answeredDiffer = verifiedKeys.size >= 2;
  let status: RowStatus;
  if (cells.length < 2) status = 'single';
  else if (cells.some(isIncomplete)) status = 'incomplete';
  else if (verified.some((cell) => cell.k === undefined)) status = 'not-compared';
  else status = answeredDiffer ? 'differs' : 'same';
  return { status, groups, groupCount: order.length, answeredDiffer };
}

/** Text cut at a word boundary to at most `max` characters, an ellipsis marking the cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1).replace(/[;,:]$/, '')}…`;
}

/** A pinpoint short enough for a table cell: the part before any explanation in brackets, at most `max` characters. */
export function compactPinpoint(pinpoint: string, max = 40): string {
  const bracket = pinpoint.indexOf(' (');
  let head = (bracket > 0 ? pinpoint.slice(0, bracket) : pinpoint).replace(/[;,:]\s*$/, '').trim();
  // A quotation cut open by the bracket loses its opening mark rather than showing it unclosed.
  if (/^['"‘“]/.test(head) && !/['"’”]$/.test(head)) head = head.slice(1);
  return shorten(head, max);
}
