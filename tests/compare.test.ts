/** The comparison rule (groups, differs, incomplete), compact pinpoints and the compare view's URL state, on hand-made cases. */
import { describe, expect, it } from 'vitest';
import { compactPinpoint, compareRow, type Cell } from '../src/lib/compare.ts';
import { compareQuery, parseCompareQuery, type CompareState } from '../src/lib/compare-url.ts';
import { compareCell } from '../src/lib/compare-data.ts';
import { findDimension } from '../src/schemas/dimensions.ts';

const yes = (l: Cell['l'] = 'secondary'): Cell => ({ t: 'Yes', k: 'true', l });
const no = (l: Cell['l'] = 'secondary'): Cell => ({ t: 'No', k: 'false', l });
const unknown: Cell = { t: 'Unknown', k: 'special:unknown', l: 'unverified', s: 'unknown' };
const notApplicable: Cell = { t: 'Not applicable', k: 'special:not-applicable', l: 'secondary', s: 'not-applicable' };
const prose = (t: string): Cell => ({ t, l: 'primary' });

describe('compareRow', () => {
  it('marks equal verified values the same, in one group', () => {
    expect(compareRow([yes('primary'), yes(), yes()])).toEqual({ status: 'same', groups: [0, 0, 0], groupCount: 1, answeredDiffer: false });
  });

  it('marks a row differing when two primary or secondary values have different keys', () => {
    const row = compareRow([yes('primary'), no(), yes()]);
    expect(row.status).toBe('differs');
    expect(row.answeredDiffer).toBe(true);
    // The larger group comes first.
    expect(row.groups).toEqual([0, 1, 0]);
    expect(row.groupCount).toBe(2);
  });

  it('never marks a row differing because of an unknown: it is incomplete', () => {
    const row = compareRow([yes(), unknown]);
    expect(row.status).toBe('incomplete');
    expect(row.answeredDiffer).toBe(false);
    expect(row.groups).toEqual([0, -1]);
  });

  it('treats not-applicable and unverified values as incomplete, and says when the answered values also differ', () => {
    expect(compareRow([yes(), notApplicable]).status).toBe('incomplete');
    const unverified = compareRow([yes(), no('unverified')]);
    expect(unverified.status).toBe('incomplete');
    // An unverified value is grouped (it has a value) but does not count towards "differs".
    expect(unverified.answeredDiffer).toBe(false);
    expect(unverified.groupCount).toBe(2);
    const both = compareRow([yes(), no(), unknown]);
    expect(both.status).toBe('incomplete');
    expect(both.answeredDiffer).toBe(true);
  });

  it('groups "none" as a value of its own', () => {
    const none: Cell = { t: 'None', k: 'special:none', l: 'secondary', s: 'none' };
    expect(compareRow([none, none]).status).toBe('same');
    expect(compareRow([none, yes()]).status).toBe('differs');
  });

  it('does not compare prose, and needs two jurisdictions to compare anything', () => {
    expect(compareRow([prose('Act A'), prose('Act B')]).status).toBe('not-compared');
    expect(compareRow([yes()]).status).toBe('single');
  });

  it('leaves a cell not researched (a world-tier entry) out of the mark and the groups, and says so when fewer than two remain', () => {
    const notResearched: Cell = { t: 'Not researched', l: 'unverified', s: 'not-researched' };
    // Without the world-tier cell the row is "differs"; the cell neither makes it incomplete nor joins a group.
    expect(compareRow([yes(), notResearched, no()])).toEqual({ status: 'differs', groups: [0, -1, 1], groupCount: 2, answeredDiffer: true });
    expect(compareRow([yes(), notResearched, yes('primary')]).status).toBe('same');
    expect(compareRow([yes(), notResearched]).status).toBe('not-researched');
    expect(compareRow([notResearched, notResearched]).groups).toEqual([-1, -1]);
    // Unknown is not "not researched": it still leaves the row incomplete.
    expect(compareRow([yes(), notResearched, unknown]).status).toBe('incomplete');
  });

  it('groups set values by their canonical key, whatever the order they were written in', () => {
    const dimension = findDimension('catchAllTrigger')!;
    const fact = (value: string[]) => compareCell(dimension, { value, verification: 'secondary', sources: [] } as never);
    const row = compareRow([fact(['informed', 'knowledge']), fact(['knowledge', 'informed']), fact(['informed'])]);
    expect(row.groups).toEqual([0, 0, 1]);
    expect(row.status).toBe('differs');
  });
});

describe('compactPinpoint', () => {
  it.each([
    ['art. 48(1)', 'art. 48(1)'],
    ['art. 19-3 (catch-all on suspicion)', 'art. 19-3'],
    ['s. 4(1);', 's. 4(1)'],
    ["'Ad hoc licensing requirement (quoted heading)", 'Ad hoc licensing requirement'],
    ["'Annex I' (the list)", "'Annex I'"],
    ['Schedule 2, Part 1, paragraphs 1 to 7 of the Export Control Order 2008 as amended', 'Schedule 2, Part 1, paragraphs 1 to 7…'],
  ])('%s → %s', (pinpoint, expected) => {
    expect(compactPinpoint(pinpoint)).toBe(expected);
    expect(compactPinpoint(pinpoint).length).toBeLessThanOrEqual(40);
  });
});

describe('compare URL state', () => {
  const known = { jurisdictions: ['cn', 'jp', 'kr', 'us'], topics: ['end-use', 'licensing'], dimensions: ['catchAllTrigger', 'licenceTypes'] };

  it('reads comma lists and repeated parameters, keeps the order chosen and drops repeats', () => {
    expect(parseCompareQuery('?j=jp,kr&j=cn&j=jp&t=end-use', known)).toEqual({
      state: { j: ['jp', 'kr', 'cn'], t: ['end-use'], d: [] },
      ignored: [],
    });
  });

  it('accepts upper-case codes and says which ids it ignored', () => {
    expect(parseCompareQuery('?j=JP,xx,kr&d=catchAllTrigger,nope', known)).toEqual({
      state: { j: ['jp', 'kr'], t: [], d: ['catchAllTrigger'] },
      ignored: [
        { parameter: 'j', id: 'xx' },
        { parameter: 'd', id: 'nope' },
      ],
    });
  });

  it.each<CompareState>([
    { j: ['jp', 'kr', 'cn'], t: ['end-use'], d: [] },
    { j: ['us', 'cn'], t: [], d: ['licenceTypes', 'catchAllTrigger'] },
    { j: [], t: [], d: [] },
    { j: ['cn', 'jp', 'kr', 'us'], t: ['licensing', 'end-use'], d: ['catchAllTrigger'] },
  ])('round-trips %j through the URL', (state) => {
    const query = compareQuery(state);
    expect(parseCompareQuery(query, known).state).toEqual(state);
  });

  it('writes the readable form the issue asks for', () => {
    expect(compareQuery({ j: ['jp', 'kr', 'cn'], t: ['end-use'], d: [] })).toBe('?j=jp,kr,cn&t=end-use');
    expect(compareQuery({ j: [], t: [], d: [] })).toBe('');
  });
});
