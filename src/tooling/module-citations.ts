/**
 * A training module's answer keys cite facts by id with the value they rely on. When a profile's fact changes value,
 * the key is out of date: the build fails here, naming the module, the exercise and both values, so a trainer is
 * never handed a silently wrong answer. Scenario steps and concept links must resolve too.
 */
import { STORED_DIMENSIONS } from '../schemas/dimensions.ts';
import type { Concept } from '../schemas/concept.ts';
import type { Jurisdiction } from '../schemas/jurisdiction.ts';
import type { TrainingModule } from '../schemas/module.ts';
import type { Problem } from './validate-content.ts';

type Entries<T> = readonly { file: string; data: T }[];

/** A value in one canonical form (dates as YYYY-MM-DD, object keys sorted), so YAML spellings compare equal. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof Date) return item.toISOString().slice(0, 10);
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      return Object.fromEntries(Object.entries(item as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)));
    }
    return item;
  });
}

export function moduleCitations(modules: Entries<TrainingModule>, jurisdictions: Entries<Jurisdiction>, concepts: Entries<Concept>): Problem[] {
  const problems: Problem[] = [];
  const byId = new Map(jurisdictions.map((entry) => [entry.data.id, entry]));
  const conceptIds = new Set(concepts.map((entry) => entry.data.id));
  const stored = new Set<string>(STORED_DIMENSIONS.map((dimension) => dimension.id));
  const error = (file: string, field: string, message: string) => problems.push({ file, field, message, severity: 'error' });

  /** The fact a module names, or a message saying why it does not resolve. */
  const resolve = (id: string): { value: unknown; file: string } | string => {
    const [jurisdiction = '', dimension = ''] = id.split('.');
    const entry = byId.get(jurisdiction);
    if (!entry) return `no jurisdiction "${jurisdiction}" (fact ${id})`;
    if (!stored.has(dimension)) return `"${dimension}" is not a stored dimension of the registry (fact ${id})`;
    const fact = (entry.data.facts as Record<string, { value: unknown }>)[dimension];
    return { value: fact?.value, file: entry.file };
  };

  for (const { file, data } of modules) {
    data.concepts.forEach((id, index) => {
      if (!conceptIds.has(id)) error(file, `concepts.${index}`, `no concept "${id}" in src/content/concepts`);
    });
    data.scenario.steps.forEach((step, index) => {
      if (!byId.has(step.jurisdiction)) error(file, `scenario.steps.${index}.jurisdiction`, `no jurisdiction "${step.jurisdiction}"`);
      step.facts.forEach((id, factIndex) => {
        const found = resolve(id);
        if (typeof found === 'string') error(file, `scenario.steps.${index}.facts.${factIndex}`, found);
      });
    });
    data.exercises.forEach((exercise, index) => {
      exercise.cites.forEach((cite, citeIndex) => {
        const field = `exercises.${index}.cites.${citeIndex}`;
        const found = resolve(cite.fact);
        if (typeof found === 'string') {
          error(file, `${field}.fact`, found);
          return;
        }
        if (canonical(found.value) !== canonical(cite.value)) {
          error(
            file,
            `${field}.value`,
            `the answer to "${exercise.id}" relies on ${cite.fact} = ${canonical(cite.value)}, but ${found.file} now says ${canonical(found.value)}: revise the answer key, then its value`,
          );
        }
      });
    });
  }
  return problems;
}
