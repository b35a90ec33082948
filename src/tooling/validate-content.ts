/**
 * Validates all content: each file against its schema, then integrity within and across files. Every
 * problem names the file, the line, the field and what was expected; problems are sorted by file and line.
 * The same function runs in `npm run validate` and inside Astro (astro-integration.ts).
 */
import type { z } from 'astro/zod';
import { DIMENSIONS, STORED_DIMENSIONS } from '../schemas/dimensions.ts';
import { COLLECTIONS, type CollectionName } from '../schemas/collections.ts';
import type { Jurisdiction } from '../schemas/jurisdiction.ts';
import type { Regime } from '../schemas/regime.ts';
import type { Concept } from '../schemas/concept.ts';
import type { ControlList, CrosswalkEntry } from '../schemas/crosswalk.ts';
import type { RedFlagGuidance } from '../schemas/red-flags.ts';
import type { Reference } from '../schemas/reference.ts';
import type { Standard } from '../schemas/standard.ts';
import type { TrainingModule } from '../schemas/module.ts';
import type { WorldEntry } from '../schemas/world.ts';
import { moduleCitations } from './module-citations.ts';
import { ledgerOf, readLedgers, reconcile, RELEASES_FOLDER } from './history.ts';
import { contentRelease } from './release.ts';
import { isParseFailure, readCollection, type ContentFile } from './content-files.ts';
import { describeIssues, fieldPath, type Vocabulary } from './friendly-errors.ts';
import {
  conceptIntegrity,
  controlListIntegrity,
  crosswalkIntegrity,
  jurisdictionIntegrity,
  moduleIntegrity,
  worldIntegrity,
  redFlagIntegrity,
  referenceIntegrity,
  regimeIntegrity,
  standardIntegrity,
  type Finding,
} from './integrity.ts';

export interface Problem {
  file: string;
  line?: number;
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface ValidContent {
  jurisdictions: { file: string; data: Jurisdiction; body: string }[];
  regimes: { file: string; data: Regime; body: string }[];
  standards: { file: string; data: Standard; body: string }[];
  reference: { file: string; data: Reference; body: string }[];
  concepts: { file: string; data: Concept; body: string }[];
  redFlags: { file: string; data: RedFlagGuidance; body: string }[];
  controlLists: { file: string; data: ControlList; body: string }[];
  crosswalk: { file: string; data: CrosswalkEntry; body: string }[];
  modules: { file: string; data: TrainingModule; body: string }[];
  world: { file: string; data: WorldEntry; body: string }[];
  /** Errors and warnings, sorted by file and line. */
  problems: Problem[];
}

/** `file:line: field — message`, the one format every problem is printed in (warnings say so). */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const what = problem.field === undefined ? problem.message : `${problem.field} — ${problem.message}`;
  return `${where}: ${problem.severity === 'warning' ? 'warning: ' : ''}${what}`;
}

/** Every key name the content schemas know, for "did you mean". */
function fieldNames(schema: z.ZodType, into = new Set<string>()): Set<string> {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  const shape = def['shape'] as Record<string, z.ZodType> | undefined;
  if (shape) {
    for (const [key, child] of Object.entries(shape)) {
      if (!DIMENSIONS.some((dimension) => dimension.id === key)) into.add(key);
      fieldNames(child, into);
    }
  }
  for (const key of ['innerType', 'element', 'in', 'out', 'schema']) {
    const child = def[key] as z.ZodType | undefined;
    if (child && typeof child === 'object' && '_zod' in child) fieldNames(child, into);
  }
  for (const option of (def['options'] as z.ZodType[] | undefined) ?? []) fieldNames(option, into);
  return into;
}

const VOCABULARY: Vocabulary = {
  fields: [...Object.values(COLLECTIONS).reduce((into, collection) => fieldNames(collection.schema, into), new Set<string>())],
  dimensions: STORED_DIMENSIONS.map((dimension) => dimension.id),
  derivedDimensions: DIMENSIONS.filter((dimension) => dimension.derived).map((dimension) => dimension.id),
};

const INTEGRITY: Record<CollectionName, (data: Record<string, unknown>, body: string) => Finding[]> = {
  jurisdictions: jurisdictionIntegrity,
  regimes: regimeIntegrity,
  standards: standardIntegrity,
  concepts: conceptIntegrity,
  redFlags: redFlagIntegrity,
  reference: referenceIntegrity,
  controlLists: controlListIntegrity,
  crosswalk: crosswalkIntegrity,
  modules: moduleIntegrity,
  world: worldIntegrity,
};

function at(file: ContentFile, path: PropertyKey[], message: string, severity: Problem['severity']): Problem {
  const line = file.lineOf(path);
  return { file: file.file, ...(line === undefined ? {} : { line }), field: fieldPath(path), message, severity };
}

async function checkCollection<T>(root: string, name: CollectionName, problems: Problem[]) {
  const { folder, schema } = COLLECTIONS[name];
  const valid: { file: string; data: T; body: string }[] = [];
  const ids: { source: ContentFile; id: unknown }[] = [];
  for (const result of await readCollection(root, folder)) {
    if (isParseFailure(result)) {
      problems.push({ ...result, severity: 'error' });
      continue;
    }
    const data = result.data as Record<string, unknown>;
    ids.push({ source: result, id: data['id'] });
    const findings = INTEGRITY[name](data, result.body);
    for (const finding of findings) problems.push(at(result, finding.path, finding.message, finding.severity));
    const parsed = schema.safeParse(data, { reportInput: true });
    if (parsed.success) {
      if (!findings.some((finding) => finding.severity === 'error')) valid.push({ file: result.file, data: parsed.data as T, body: result.body });
      continue;
    }
    for (const { path, message } of describeIssues(parsed.error.issues, VOCABULARY)) {
      problems.push(at(result, path, message, 'error'));
    }
  }
  const firstFile = new Map<unknown, string>();
  for (const { source, id } of ids) {
    const earlier = firstFile.get(id);
    if (earlier === undefined) firstFile.set(id, source.file);
    else problems.push(at(source, ['id'], `duplicate ${name.replace(/s$/, '')} id ${JSON.stringify(id)}: already used by ${earlier}`, 'error'));
  }
  return valid;
}

/** Reads and validates every collection below `root`. */
export async function validateContent(root: string): Promise<ValidContent> {
  const problems: Problem[] = [];
  const jurisdictions = await checkCollection<Jurisdiction>(root, 'jurisdictions', problems);
  const regimes = await checkCollection<Regime>(root, 'regimes', problems);
  const standards = await checkCollection<Standard>(root, 'standards', problems);
  const reference = await checkCollection<Reference>(root, 'reference', problems);
  const concepts = await checkCollection<Concept>(root, 'concepts', problems);
  const redFlags = await checkCollection<RedFlagGuidance>(root, 'redFlags', problems);
  const controlLists = await checkCollection<ControlList>(root, 'controlLists', problems);
  const crosswalk = await checkCollection<CrosswalkEntry>(root, 'crosswalk', problems);
  const modules = await checkCollection<TrainingModule>(root, 'modules', problems);
  const world = await checkCollection<WorldEntry>(root, 'world', problems);
  problems.push(...worldTierOverlap(world, jurisdictions));
  problems.push(...crosswalkCitations(crosswalk, controlLists));
  problems.push(...moduleCitations(modules, jurisdictions, concepts));
  problems.push(...historyProblems(root, jurisdictions, world));
  if (jurisdictions.length === 0 && !problems.some((problem) => problem.file.startsWith(COLLECTIONS.jurisdictions.folder))) {
    problems.push({ file: COLLECTIONS.jurisdictions.folder, message: 'expected at least one jurisdiction file', severity: 'error' });
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.message.localeCompare(b.message));
  return { jurisdictions, regimes, standards, reference, concepts, redFlags, controlLists, crosswalk, modules, world, problems };
}

/**
 * A crosswalk cell cites a copy of its own column's list, declared once in that list's file (so every entry cites
 * "the CCL" without redeclaring it); a column without a list file is an error too.
 */
function crosswalkCitations(entries: ValidContent['crosswalk'], lists: ValidContent['controlLists']): Problem[] {
  const problems: Problem[] = [];
  const byList = new Map(lists.map((list) => [list.data.id as string, list]));
  for (const entry of entries) {
    for (const [id, cell] of Object.entries(entry.data.columns)) {
      const list = byList.get(id);
      if (!list) {
        problems.push({
          file: entry.file,
          field: `columns.${id}`,
          message: `no list file declares the ${id} list (${COLLECTIONS.controlLists.folder}/${id}.mdx)`,
          severity: 'error',
        });
        continue;
      }
      const ref = cell?.cite?.ref;
      if (ref === undefined) continue;
      const declared = list.data.sources.map((source) => source.id);
      if (!declared.includes(ref)) {
        problems.push({
          file: entry.file,
          field: `columns.${id}.cite.ref`,
          message: `source "${ref}" is not declared in ${list.file} (declared: ${declared.join(', ')})`,
          severity: 'error',
        });
      }
    }
  }
  return problems;
}

/** A state is in one tier: a world-tier entry for a state with a full profile is an error. */
function worldTierOverlap(world: ValidContent['world'], jurisdictions: ValidContent['jurisdictions']): Problem[] {
  const profiles = new Map(jurisdictions.map((entry) => [entry.data.id as string, entry.file]));
  return world.flatMap((entry) => {
    const profile = profiles.get(entry.data.id);
    return profile === undefined
      ? []
      : [
          {
            file: entry.file,
            field: 'id',
            message: `${entry.data.id} has a full profile (${profile}): a state is in one tier only`,
            severity: 'error' as const,
          },
        ];
  });
}

/** The facts changed since the last release ledger must each have a record saying why (src/tooling/history.ts). */
function historyProblems(root: string, jurisdictions: ValidContent['jurisdictions'], world: ValidContent['world']): Problem[] {
  try {
    const current = ledgerOf(
      jurisdictions.map((entry) => entry.data),
      contentRelease(root),
      world.map((entry) => entry.data),
    );
    return reconcile(readLedgers(root), current, [...jurisdictions, ...world]).problems;
  } catch (error) {
    return [{ file: RELEASES_FOLDER, message: (error as Error).message, severity: 'error' }];
  }
}

/** Errors only: what stops a build. */
export const errorsOf = (problems: readonly Problem[]) => problems.filter((problem) => problem.severity === 'error');
