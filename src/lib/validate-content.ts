/**
 * Validates all content before Astro sees it: each file against its schema, then
 * integrity across files. Every problem names the file, the line, the field and
 * what was expected.
 */
import type { z } from 'astro/zod';
import { jurisdictionSchema, type Jurisdiction } from '../schemas/jurisdiction.ts';
import { regimeSchema, type Regime } from '../schemas/regime.ts';
import { isParseFailure, readCollection, type ContentFile, type ParseFailure } from './content-files.ts';
import { describeIssues, fieldPath } from './friendly-errors.ts';

export interface Problem {
  file: string;
  line?: number;
  field?: string;
  message: string;
}

export interface ValidContent {
  jurisdictions: { file: string; data: Jurisdiction; body: string }[];
  regimes: { file: string; data: Regime; body: string }[];
  problems: Problem[];
}

/** `file:line: field — message`, the one format every problem is printed in. */
export function formatProblem(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field === undefined ? `${where}: ${problem.message}` : `${where}: ${problem.field} — ${problem.message}`;
}

function check<T extends z.ZodType>(schema: T, results: (ContentFile | ParseFailure)[], problems: Problem[]) {
  const valid: { file: string; data: z.output<T>; body: string }[] = [];
  for (const result of results) {
    if (isParseFailure(result)) {
      problems.push(result);
      continue;
    }
    const parsed = schema.safeParse(result.data, { reportInput: true });
    if (parsed.success) {
      valid.push({ file: result.file, data: parsed.data, body: result.body });
      continue;
    }
    for (const { path, message } of describeIssues(parsed.error.issues)) {
      const line = result.lineOf(path);
      problems.push({ file: result.file, ...(line === undefined ? {} : { line }), field: fieldPath(path), message });
    }
  }
  return valid;
}

function reportDuplicateIds(entries: { file: string; data: { id: string } }[], what: string, problems: Problem[]) {
  const firstFile = new Map<string, string>();
  for (const entry of entries) {
    const earlier = firstFile.get(entry.data.id);
    if (earlier === undefined) firstFile.set(entry.data.id, entry.file);
    else problems.push({ file: entry.file, field: 'id', message: `duplicate ${what} id "${entry.data.id}": already used by ${earlier}` });
  }
}

/** Reads and validates `src/content/{jurisdictions,regimes}` below `root`. */
export async function validateContent(root: string): Promise<ValidContent> {
  const problems: Problem[] = [];
  const jurisdictions = check(jurisdictionSchema, await readCollection(root, 'src/content/jurisdictions'), problems);
  const regimes = check(regimeSchema, await readCollection(root, 'src/content/regimes'), problems);
  reportDuplicateIds(jurisdictions, 'jurisdiction', problems);
  reportDuplicateIds(regimes, 'regime', problems);
  if (jurisdictions.length === 0 && problems.length === 0) {
    problems.push({ file: 'src/content/jurisdictions', message: 'expected at least one jurisdiction file' });
  }
  return { jurisdictions, regimes, problems };
}
