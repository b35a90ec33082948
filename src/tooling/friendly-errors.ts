/** Turns Zod issues into lines a contributor can act on: field, what was expected, what was found, and a hint. */
import type { z } from 'astro/zod';
import { didYouMean } from './suggest.ts';

type Issue = z.core.$ZodIssue;
type PathKey = PropertyKey;

/** What the messages may suggest: every field name the content schemas know, and the dimension ids. */
export interface Vocabulary {
  fields: readonly string[];
  dimensions: readonly string[];
  derivedDimensions: readonly string[];
}

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

const THOUSANDS = /^\d{1,3}(?:[,.' ]\d{3})+(?:\.\d+)?$/;

/** A hint for the slips that account for most errors. */
function hint(issue: Issue): string {
  if (typeof issue.input === 'string' && THOUSANDS.test(issue.input) && /number/.test(issue.message)) {
    return `: write the number without thousands separators, e.g. ${issue.input.replace(/[,.' ](?=\d{3}\b)/g, '')}`;
  }
  if (issue.code === 'invalid_value' && typeof issue.input === 'string') {
    return didYouMean(
      issue.input,
      issue.values.filter((value): value is string => typeof value === 'string'),
    );
  }
  return '';
}

const SPECIAL_HINT = ' (or none / not-applicable / unknown)';

/**
 * Flattens issues: a failed union reports the issues of its first (typed) branch, so "twenty" for a number
 * says "expected a number", not "invalid input". The special values are named once, on the fact's value.
 */
function flatten(issues: readonly Issue[], prefix: readonly PathKey[] = [], insideUnion = false): { path: PathKey[]; issue: Issue }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const inner = flatten(issue.errors[0] ?? [], path, true);
      const isFactValue = !insideUnion && path.length === 3 && path[0] === 'facts' && path[2] === 'value';
      return inner.map((entry) =>
        isFactValue && entry.path.length === path.length
          ? { ...entry, issue: { ...entry.issue, message: `${entry.issue.message}${SPECIAL_HINT}` } }
          : entry,
      );
    }
    return [{ path, issue }];
  });
}

/** One message per issue: `expected …, got …` plus a hint where one helps. */
export function describeIssues(issues: readonly Issue[], vocabulary: Vocabulary): { path: PathKey[]; message: string }[] {
  return flatten(issues).map(({ path, issue }) => {
    if (issue.code === 'unrecognized_keys') {
      const [key = ''] = issue.keys;
      const keys = issue.keys.map((item) => `"${item}"`).join(', ');
      if (path.length === 1 && path[0] === 'facts') {
        if (vocabulary.derivedDimensions.includes(key)) {
          return { path: [...path, key], message: `"${key}" is derived from the regime member lists (src/content/regimes): remove it here` };
        }
        return {
          path: [...path, key],
          message: `unknown dimension ${keys}: not in the registry (src/schemas/dimensions.ts)${didYouMean(key, vocabulary.dimensions)}`,
        };
      }
      return { path: [...path, key], message: `unknown field ${keys}: remove it or check its spelling${didYouMean(key, vocabulary.fields)}` };
    }
    if (issue.code === 'invalid_type' && issue.input === undefined) {
      const message =
        path.length === 2 && path[0] === 'facts'
          ? `missing fact for dimension "${String(path[1])}" (write value: unknown, with a note and the texts searched, if it is not established yet)`
          : `required field is missing: ${issue.message.replace(/^Invalid input: /, '')}`;
      return { path, message };
    }
    const message = issue.message.replace(/^Invalid input: /, '');
    const base = issue.code === 'custom' && /, got /.test(message) ? message : `${message}${received(issue.input)}`;
    return { path, message: `${base}${hint(issue)}` };
  });
}
