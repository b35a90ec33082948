/** Turns Zod issues into lines a contributor can act on: file, line, field, what was expected. */
import type { z } from 'astro/zod';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** Dotted field path as written in the YAML: `facts.criminalMaxFine.value.currency`. */
export function fieldPath(path: readonly PathKey[]): string {
  return (
    path
      .map((key) => (typeof key === 'number' ? `[${key}]` : String(key)))
      .join('.')
      .replace(/\.\[/g, '[') || '(top level)'
  );
}

function received(input: unknown): string {
  if (input === undefined) return '';
  const text = input instanceof Date ? input.toISOString().slice(0, 10) : JSON.stringify(input);
  if (text === undefined) return '';
  return `, got ${typeof input === 'string' ? 'text ' : ''}${text.length > 60 ? `${text.slice(0, 57)}…` : text}`;
}

/**
 * Flattens issues: a failed union reports the issues of its first (typed) branch, so
 * "twenty" for a number says "expected a number", not "invalid input".
 */
function flatten(issues: readonly Issue[], prefix: readonly PathKey[] = []): { path: PathKey[]; issue: Issue }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const branch = issue.errors[0] ?? [];
      const inner = flatten(branch, path);
      const hint = issue.errors.length > 1 ? ' (or none / not-applicable / unknown)' : '';
      return inner.map((entry) =>
        entry.path.length === path.length && path.at(-1) === 'value'
          ? { ...entry, issue: { ...entry.issue, message: `${entry.issue.message}${hint}` } }
          : entry,
      );
    }
    return [{ path, issue }];
  });
}

/** One message per issue: `field — expected …, got …`. */
export function describeIssues(issues: readonly Issue[]): { path: PathKey[]; message: string }[] {
  return flatten(issues).map(({ path, issue }) => {
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      const message = issue.message.startsWith('unknown dimension') ? issue.message : `unknown field ${keys}: remove it or check its spelling`;
      return { path: [...path, issue.keys[0] ?? ''], message };
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      const what =
        path.length === 2 && path[0] === 'facts'
          ? `missing fact for dimension "${String(path[1])}" (write value: unknown with a note if it is not researched yet)`
          : `required field is missing: ${issue.message.replace(/^Invalid input: /, '')}`;
      return { path, message: what };
    }
    const message = issue.message.replace(/^Invalid input: /, '');
    return { path, message: issue.code === 'custom' && /, got /.test(message) ? message : `${message}${received(issue.input)}` };
  });
}
