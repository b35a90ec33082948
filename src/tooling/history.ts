/**
 * History between releases. Each published release leaves a ledger in `releases/<id>.json`: every stored fact's value,
 * verification level and citations (`npm run release` writes it). The build diffs consecutive ledgers, and the last
 * ledger against the content now, so `from` and `to` come from the content itself; the hand-recorded `changes` in the
 * profiles supply the reason and the source. Where the two disagree the build fails: a fact that changed with no
 * record, or a record (dated after the first ledger) that matches no change. A value change's record also covers the
 * same fact's verification and citations, which a new value brings with it. World-tier entries are kept the same way,
 * apart (`world`), on the questions they researched, from the first ledger that holds them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { STORED_DIMENSIONS } from '../schemas/dimensions.ts';
import type { Jurisdiction } from '../schemas/jurisdiction.ts';
import type { WorldEntry } from '../schemas/world.ts';
import { canonical } from './module-citations.ts';
import type { Problem } from './validate-content.ts';
import type { Release } from './release.ts';

export const RELEASES_FOLDER = 'releases';

export interface LedgerFact {
  value: unknown;
  verification: string;
  /** `ref pinpoint` per citation, in the order cited. */
  sources: string[];
}

export interface LedgerEntry {
  name: string;
  facts: Record<string, LedgerFact>;
}

export interface Ledger {
  release: string;
  date: string;
  /**
   * The release recorded before this one. Releases of one day share a date and their ids are hashes, so this link is
   * what orders them (ledgers recorded before it was kept are ordered by date, then id).
   */
  previous?: string;
  jurisdictions: Record<string, LedgerEntry>;
  /** World-tier entries: the facts they researched (absent in ledgers recorded before the world tier was kept). */
  world?: Record<string, LedgerEntry>;
}

export type ChangeField = 'value' | 'verification' | 'sources';

/** One change the diff found, with the release that brought it and (once reconciled) the record that explains it. */
export interface HistoryEvent {
  /** The release that first carried the change: a ledger's id, or the current release. */
  release: string;
  releaseDate: string;
  jurisdiction: string;
  dimension: string;
  field: ChangeField;
  from: unknown;
  to: unknown;
  reason: string;
  ref: string | undefined;
  /** The date the record gives. */
  date: string;
}

/** A change recorded by hand on or before the first ledger's date: shown as recorded, not checked against a diff. */
export type EarlierRecord = NonNullable<Jurisdiction['changes']>[number] & { jurisdiction: string };

/** A jurisdiction added in a release (its facts are new, not changed). */
export interface Addition {
  release: string;
  releaseDate: string;
  jurisdiction: string;
  name: string;
  /** Set for a world-tier entry. */
  world?: true;
}

type Fact = Jurisdiction['facts'][keyof Jurisdiction['facts']];

function ledgerFact(fact: Fact): LedgerFact {
  return {
    value: JSON.parse(canonical(fact.value)) as unknown,
    verification: fact.verification,
    sources: fact.sources.map((source) => [source.ref, source.pinpoint].filter(Boolean).join(' ')),
  };
}

/** The ledger of content: stored facts only (derived ones follow from the regime files), and the world tier's researched facts. */
export function ledgerOf(jurisdictions: readonly Jurisdiction[], release: Pick<Release, 'id' | 'date'>, world: readonly WorldEntry[] = []): Ledger {
  const sorted = [...jurisdictions].sort((a, b) => a.id.localeCompare(b.id));
  const ledger: Ledger = {
    release: release.id,
    date: release.date,
    jurisdictions: Object.fromEntries(
      sorted.map((jurisdiction) => [
        jurisdiction.id,
        {
          name: jurisdiction.name,
          facts: Object.fromEntries(
            STORED_DIMENSIONS.map((dimension) => [dimension.id, ledgerFact((jurisdiction.facts as Record<string, Fact>)[dimension.id]!)]),
          ),
        },
      ]),
    ),
  };
  if (world.length > 0) {
    ledger.world = Object.fromEntries(
      [...world]
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((entry) => [
          entry.id,
          {
            name: entry.name,
            facts: Object.fromEntries(entry.researched.map((id) => [id, ledgerFact(entry.facts[id]! as Fact)])),
          },
        ]),
    );
  }
  return ledger;
}

/** The ledgers kept in the repository, oldest first: by date then id for the early ones, then along `previous`. */
export function readLedgers(root: string): Ledger[] {
  let names: string[];
  try {
    names = readdirSync(join(root, RELEASES_FOLDER)).filter((name) => name.endsWith('.json'));
  } catch {
    return [];
  }
  const ledgers = names
    .map((name) => {
      const path = join(RELEASES_FOLDER, name);
      let ledger: Ledger;
      try {
        ledger = JSON.parse(readFileSync(join(root, path), 'utf8')) as Ledger;
      } catch (error) {
        throw new Error(`${path}: not a readable release ledger (${(error as Error).message})`);
      }
      if (`${ledger.release}.json` !== name) throw new Error(`${path}: its release field says ${ledger.release}; the file must be named after it`);
      return ledger;
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.release.localeCompare(b.release));
  const chain = ledgers.filter((ledger) => ledger.previous === undefined);
  const linked = ledgers.filter((ledger) => ledger.previous !== undefined);
  while (linked.length > 0) {
    const next = linked.findIndex((ledger) => ledger.previous === chain.at(-1)?.release);
    if (next < 0) {
      const stray = linked[0]!;
      throw new Error(
        `${RELEASES_FOLDER}/${stray.release}.json: its previous release ${stray.previous} is not the last one before it (${chain.at(-1)?.release ?? 'none'}): releases form one chain`,
      );
    }
    chain.push(...linked.splice(next, 1));
  }
  return chain;
}

interface Diff {
  jurisdiction: string;
  dimension: string;
  field: ChangeField;
  from: unknown;
  to: unknown;
}

function diffEntries(before: Record<string, LedgerEntry>, after: Record<string, LedgerEntry>): { changes: Diff[]; added: string[] } {
  const changes: Diff[] = [];
  const added: string[] = [];
  for (const [id, jurisdiction] of Object.entries(after)) {
    const earlier = before[id];
    if (!earlier) {
      added.push(id);
      continue;
    }
    for (const [dimension, fact] of Object.entries(jurisdiction.facts)) {
      const old = earlier.facts[dimension];
      if (!old) continue; // a dimension added to the registry, or newly researched: new, not changed
      if (canonical(old.value) !== canonical(fact.value))
        changes.push({ jurisdiction: id, dimension, field: 'value', from: old.value, to: fact.value });
      if (old.verification !== fact.verification) {
        changes.push({ jurisdiction: id, dimension, field: 'verification', from: old.verification, to: fact.verification });
      }
      if (canonical(old.sources) !== canonical(fact.sources))
        changes.push({ jurisdiction: id, dimension, field: 'sources', from: old.sources, to: fact.sources });
    }
  }
  return { changes, added };
}

/**
 * Profiles, and world-tier entries where both ledgers keep them. A ledger without `world` predates their history: the
 * first ledger that keeps them adds them all, with no change.
 */
function diff(before: Ledger, after: Ledger): { changes: Diff[]; added: string[]; addedWorld: string[] } {
  const profiles = diffEntries(before.jurisdictions, after.jurisdictions);
  const world = after.world ? diffEntries(before.world ?? {}, after.world) : { changes: [], added: [] };
  return { changes: [...profiles.changes, ...world.changes], added: profiles.added, addedWorld: world.added };
}

interface RecordAt {
  file: string;
  index: number;
  jurisdiction: string;
  record: NonNullable<Jurisdiction['changes']>[number];
}

/** What reconcile reads the records from: profiles and world-tier entries, each with its file. */
export interface Recorded {
  file: string;
  data: { id: string; changes?: Jurisdiction['changes'] };
}

/**
 * Reconciles the diffs with the records. Returns the events (diffs explained by records, newest release last), the
 * jurisdictions added per release, and a problem for each disagreement.
 */
export function reconcile(
  ledgers: readonly Ledger[],
  current: Ledger,
  jurisdictions: readonly Recorded[],
): { events: HistoryEvent[]; additions: Addition[]; earlier: EarlierRecord[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const events: HistoryEvent[] = [];
  const additions: Addition[] = [];
  const chain = ledgers.at(-1)?.release === current.release ? [...ledgers] : [...ledgers, current];
  const first = chain[0];
  if (first) {
    for (const [id, jurisdiction] of Object.entries(first.jurisdictions)) {
      additions.push({ release: first.release, releaseDate: first.date, jurisdiction: id, name: jurisdiction.name });
    }
  }
  const records: RecordAt[] = jurisdictions.flatMap(({ file, data }) =>
    (data.changes ?? []).map((record, index) => ({ file, index, jurisdiction: data.id, record })),
  );
  const used = new Set<RecordAt>();
  for (let step = 1; step < chain.length; step += 1) {
    const [before, after] = [chain[step - 1]!, chain[step]!];
    const { changes, added, addedWorld } = diff(before, after);
    for (const id of added)
      additions.push({ release: after.release, releaseDate: after.date, jurisdiction: id, name: after.jurisdictions[id]!.name });
    for (const id of addedWorld)
      additions.push({ release: after.release, releaseDate: after.date, jurisdiction: id, name: after.world![id]!.name, world: true });
    // A new value comes with its evidence: a record of the value change also explains the same fact's new
    // verification level and citations in the same release.
    const valueChanged = new Set(changes.filter((change) => change.field === 'value').map((change) => `${change.jurisdiction}.${change.dimension}`));
    for (const change of changes) {
      if (change.field !== 'value' && valueChanged.has(`${change.jurisdiction}.${change.dimension}`)) continue;
      const record = records.find(
        (candidate) =>
          !used.has(candidate) &&
          candidate.jurisdiction === change.jurisdiction &&
          candidate.record.dimension === change.dimension &&
          (candidate.record.field ?? 'value') === change.field &&
          candidate.record.date >= before.date &&
          (change.field === 'sources' || candidate.record.to === undefined || canonical(candidate.record.to) === canonical(change.to)),
      );
      if (!record) {
        const file = jurisdictions.find((entry) => entry.data.id === change.jurisdiction)?.file ?? change.jurisdiction;
        problems.push({
          file,
          field: `facts.${change.dimension}`,
          message: `the ${change.field} changed since release ${before.release} (from ${canonical(change.from)} to ${canonical(change.to)}) with no record: add one under changes (date, dimension: ${change.dimension}${change.field === 'value' ? '' : `, field: ${change.field}`}, reason, ref)`,
          severity: 'error',
        });
        continue;
      }
      used.add(record);
      events.push({
        release: after.release,
        releaseDate: after.date,
        jurisdiction: change.jurisdiction,
        dimension: change.dimension,
        field: change.field,
        from: change.from,
        to: change.to,
        reason: record.record.reason,
        ref: record.record.ref,
        date: record.record.date,
      });
    }
  }
  // A record dated after the first ledger must explain a change the diff found; older ones are history kept by hand.
  const earlier: EarlierRecord[] = [];
  for (const candidate of records) {
    if (used.has(candidate)) continue;
    if (!first || candidate.record.date <= first.date) {
      earlier.push({ jurisdiction: candidate.jurisdiction, ...candidate.record });
      continue;
    }
    problems.push({
      file: candidate.file,
      field: `changes.${candidate.index}`,
      message: `records a ${candidate.record.field ?? 'value'} change to ${candidate.record.dimension} on ${candidate.record.date} that the content does not show (no release since ${first.release} changed it${candidate.record.to === undefined ? '' : ` to ${canonical(candidate.record.to)}`})`,
      severity: 'error',
    });
  }
  return { events, additions, earlier, problems };
}
