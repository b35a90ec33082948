/**
 * Value kinds and everything a kind does: its content schema, its published schema, how an error
 * describes it, how a reader sees it, its CSV cell, a canonical key for grouping equal values, and how
 * two values relate. Compare, gaps, CSV and pages call these; nothing else switches on a kind.
 */
import { z } from 'astro/zod';
import { byName, grouped, plural, t } from '../i18n/labels.ts';
import { currencyCode, isPartialDate, jurisdictionCode, jurisdictionName, partialDate, publishedPartialDate } from './primitives.ts';

/** One option of an enumerated or set dimension: the id is data, the label and description are for readers. */
export interface Option {
  readonly id: string;
  readonly label: string;
  readonly description: string;
}

export type ValueSpec =
  | { readonly kind: 'boolean' }
  | { readonly kind: 'number'; readonly unit: 'years' | 'days' | 'percent'; readonly allowLife?: true }
  | { readonly kind: 'money' }
  | { readonly kind: 'enum'; readonly options: readonly Option[]; readonly ordered?: true }
  | { readonly kind: 'set'; readonly options: readonly Option[] }
  | { readonly kind: 'text' }
  | { readonly kind: 'date' }
  | { readonly kind: 'jurisdictions' };

export type KindId = ValueSpec['kind'];

/**
 * How value `a` stands to value `b`: `higher`/`lower` in the kind's order (the dimension's direction says
 * whether higher is stricter), `subset`/`superset`/`overlap`/`disjoint` for lists.
 */
export type Relation = 'same' | 'different' | 'higher' | 'lower' | 'subset' | 'superset' | 'overlap' | 'disjoint' | 'not-comparable';

export const moneySchema = z
  .strictObject({
    amount: z.number({ error: 'expected the amount as a number' }).nonnegative({ error: 'expected an amount that is not negative' }).optional(),
    currency: currencyCode.optional(),
    formula: z.string().min(1, { error: 'expected the formula in words, e.g. "five times the value of the goods"' }).optional(),
    unlimited: z.literal(true, { error: 'expected unlimited: true (or leave it out)' }).optional(),
  })
  .check((ctx) => {
    const money = ctx.value;
    if (money.amount !== undefined && money.currency === undefined) {
      ctx.issues.push({
        code: 'custom',
        input: undefined,
        path: ['currency'],
        message: 'expected the ISO 4217 currency of the amount, e.g. currency: USD',
      });
    }
    if (money.amount === undefined && money.formula === undefined && money.unlimited === undefined) {
      ctx.issues.push({ code: 'custom', input: money, message: 'expected an amount with currency, a formula, or unlimited: true' });
    }
  });

export type Money = z.output<typeof moneySchema>;

const publishedMoneySchema = z
  .object({
    amount: z.number().optional(),
    currency: z.string().length(3).optional(),
    formula: z.string().optional(),
    unlimited: z.literal(true).optional(),
  })
  .meta({ id: 'Money', description: 'an amount with its ISO 4217 currency, a formula in words, or unlimited' });

/** The value each kind holds. */
interface Values {
  boolean: boolean;
  number: number | 'life';
  money: Money;
  enum: string;
  set: string[];
  text: string;
  date: string;
  jurisdictions: string[];
}

export type KindValue = Values[KindId];

interface Behaviour<K extends KindId> {
  /** What a contributor writes (YAML), validated. */
  content(spec: Extract<ValueSpec, { kind: K }>): z.ZodType<Values[K], unknown>;
  /** What atlas.json publishes. */
  published(spec: Extract<ValueSpec, { kind: K }>): z.ZodType;
  /** The expected value, in the words of an error message. */
  describe(spec: Extract<ValueSpec, { kind: K }>): string;
  /** The value as a reader sees it. */
  format(spec: Extract<ValueSpec, { kind: K }>, value: Values[K]): string;
  /** A flat CSV cell of ids (the data column). */
  cell(spec: Extract<ValueSpec, { kind: K }>, value: Values[K]): string | number | boolean;
  /** Equal values share a key; undefined where no key can say so (a formula, prose). */
  key(spec: Extract<ValueSpec, { kind: K }>, value: Values[K]): string | undefined;
  relate(spec: Extract<ValueSpec, { kind: K }>, a: Values[K], b: Values[K]): Relation;
}

const optionIds = (options: readonly Option[]) => options.map((option) => option.id) as [string, ...string[]];
const order = (a: number, b: number): Relation => (a === b ? 'same' : a > b ? 'higher' : 'lower');

function setRelation(a: readonly string[], b: readonly string[]): Relation {
  const left = new Set(a);
  const right = new Set(b);
  const shared = [...left].filter((item) => right.has(item)).length;
  if (shared === left.size && shared === right.size) return 'same';
  if (shared === left.size) return 'subset';
  if (shared === right.size) return 'superset';
  return shared > 0 ? 'overlap' : 'disjoint';
}

/** Options in registry order, whatever order the content wrote them in. */
function inRegistryOrder(spec: { options: readonly Option[] }, ids: readonly string[]): Option[] {
  return spec.options.filter((option) => ids.includes(option.id));
}

function optionLabel(spec: { options: readonly Option[] }, id: string): string {
  const option = spec.options.find((item) => item.id === id);
  if (!option) throw new Error(`option "${id}" is not in the registry`);
  return option.label;
}

function moneyKey(money: Money): string | undefined {
  if (money.unlimited) return 'unlimited';
  return money.amount === undefined ? undefined : `${money.amount} ${money.currency ?? ''}`;
}

/** The behaviours, one entry per kind: the compiler refuses a kind that lacks one. */
export const KINDS: { [K in KindId]: Behaviour<K> } = {
  boolean: {
    content: (spec) => z.boolean({ error: `expected ${KINDS.boolean.describe(spec)}` }),
    published: () => z.boolean(),
    describe: () => 'true or false',
    format: (_spec, value) => t(value ? 'value.yes' : 'value.no'),
    cell: (_spec, value) => value,
    key: (_spec, value) => String(value),
    relate: (_spec, a, b) => order(Number(a), Number(b)),
  },
  number: {
    content: (spec) => {
      const error = `expected ${KINDS.number.describe(spec)}`;
      const number = z.number({ error }).nonnegative({ error: `${error}, not negative` });
      return spec.allowLife ? z.union([number, z.literal('life')], { error }) : (number as z.ZodType<number | 'life', unknown>);
    },
    published: (spec) =>
      spec.allowLife
        ? z.union([z.number(), z.literal('life')]).meta({ description: `in ${spec.unit}, or "life" for life imprisonment` })
        : z.number().meta({ description: `in ${spec.unit}` }),
    describe: (spec) => (spec.allowLife ? `a number (${spec.unit}) or life` : `a number (${spec.unit})`),
    format: (spec, value) => {
      if (value === 'life') return t('value.life');
      const unit = plural(`unit.${spec.unit}`, value);
      return spec.unit === 'percent' ? `${grouped(value)}${unit}` : `${grouped(value)} ${unit}`;
    },
    cell: (_spec, value) => value,
    key: (_spec, value) => String(value),
    relate: (_spec, a, b) => order(a === 'life' ? Infinity : a, b === 'life' ? Infinity : b),
  },
  money: {
    content: () => moneySchema,
    published: () => publishedMoneySchema,
    describe: () => 'money as { amount, currency } (ISO 4217), { formula } or { unlimited: true }',
    format: (_spec, money) =>
      [
        ...(money.unlimited ? [t('value.unlimited')] : []),
        ...(money.amount === undefined ? [] : [`${money.currency ?? ''} ${grouped(money.amount)}`.trim()]),
        ...(money.formula === undefined ? [] : [money.formula]),
      ].join('; '),
    cell: (_spec, money) =>
      [money.unlimited ? 'unlimited' : '', money.amount === undefined ? '' : `${money.amount} ${money.currency ?? ''}`.trim(), money.formula ?? '']
        .filter(Boolean)
        .join('; '),
    key: (_spec, money) => moneyKey(money) ?? (money.formula === undefined ? undefined : `formula: ${money.formula}`),
    relate: (_spec, a, b) => {
      if (a.unlimited || b.unlimited) return a.unlimited && b.unlimited ? 'same' : a.unlimited ? 'higher' : 'lower';
      // A formula alone cannot be ranked; amounts in different currencies need a dated exchange rate.
      if (a.amount === undefined || b.amount === undefined || a.currency !== b.currency) return 'not-comparable';
      return order(a.amount, b.amount);
    },
  },
  enum: {
    content: (spec) => z.enum(optionIds(spec.options), { error: `expected ${KINDS.enum.describe(spec)}` }),
    published: (spec) => z.enum(optionIds(spec.options)),
    describe: (spec) => `one of ${optionIds(spec.options).join(', ')}`,
    format: (spec, value) => optionLabel(spec, value),
    cell: (_spec, value) => value,
    key: (_spec, value) => value,
    relate: (spec, a, b) => {
      if (a === b) return 'same';
      if (!spec.ordered) return 'different';
      const ids = optionIds(spec.options);
      return order(ids.indexOf(a), ids.indexOf(b));
    },
  },
  set: {
    content: (spec) => {
      const error = `expected ${KINDS.set.describe(spec)}`;
      return z.array(z.enum(optionIds(spec.options), { error }), { error }).min(1, { error });
    },
    published: (spec) => z.array(z.enum(optionIds(spec.options))),
    describe: (spec) => `a list of ${optionIds(spec.options).join(', ')}`,
    format: (spec, value) =>
      inRegistryOrder(spec, value)
        .map((option) => option.label)
        .join(', '),
    cell: (spec, value) =>
      inRegistryOrder(spec, value)
        .map((option) => option.id)
        .join(';'),
    key: (spec, value) =>
      inRegistryOrder(spec, value)
        .map((option) => option.id)
        .join(';'),
    relate: (_spec, a, b) => setRelation(a, b),
  },
  text: {
    content: (spec) => z.string({ error: `expected ${KINDS.text.describe(spec)}` }).min(1, { error: `expected ${KINDS.text.describe(spec)}` }),
    published: () => z.string(),
    describe: () => 'text',
    format: (_spec, value) => value,
    cell: (_spec, value) => value,
    key: () => undefined,
    relate: () => 'not-comparable',
  },
  date: {
    content: () => partialDate,
    published: () => publishedPartialDate,
    describe: () => 'a date written YYYY, YYYY-MM or YYYY-MM-DD',
    format: (_spec, value) => value,
    cell: (_spec, value) => value,
    key: (_spec, value) => value,
    relate: (_spec, a, b) => {
      if (a === b) return 'same';
      const common = Math.min(a.length, b.length);
      // 1994 and 1994-05 may be the same day: without the same precision they cannot be ordered.
      if (a.slice(0, common) === b.slice(0, common)) return 'not-comparable';
      return a < b ? 'lower' : 'higher';
    },
  },
  jurisdictions: {
    content: (spec) => {
      const error = `expected ${KINDS.jurisdictions.describe(spec)}`;
      return z.array(jurisdictionCode, { error }).min(1, { error });
    },
    published: () => z.array(z.string().regex(/^[a-z]{2}$/)),
    describe: () => 'a list of jurisdiction codes',
    format: (_spec, value) => byName(value, jurisdictionName).map(jurisdictionName).join(', '),
    cell: (_spec, value) => [...value].sort().join(';'),
    key: (_spec, value) => [...value].sort().join(';'),
    relate: (_spec, a, b) => setRelation(a, b),
  },
};

/** Dispatches to the behaviour of a spec's kind, keeping the spec and value types together. */
function behaviour<K extends KindId>(spec: Extract<ValueSpec, { kind: K }>): Behaviour<K> {
  return KINDS[spec.kind as K];
}

export const contentSchemaOf = (spec: ValueSpec) => behaviour(spec).content(spec as never) as z.ZodType<KindValue, unknown>;
export const publishedSchemaOf = (spec: ValueSpec) => behaviour(spec).published(spec as never);
export const describeSpec = (spec: ValueSpec) => behaviour(spec).describe(spec as never);
export const formatKind = (spec: ValueSpec, value: KindValue) => behaviour(spec).format(spec as never, value as never);
export const cellOfKind = (spec: ValueSpec, value: KindValue) => behaviour(spec).cell(spec as never, value as never);
export const keyOfKind = (spec: ValueSpec, value: KindValue) => behaviour(spec).key(spec as never, value as never);
export const relateKind = (spec: ValueSpec, a: KindValue, b: KindValue) => behaviour(spec).relate(spec as never, a as never, b as never);

/** True when `text` is a partial date (re-exported for callers that check dates without a schema). */
export { isPartialDate };
