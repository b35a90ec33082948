/** A fact: one jurisdiction's typed, sourced answer for one dimension. */
import { z } from 'astro/zod';
import type { Dimension, ValueType } from './dimensions.ts';
import { citationSchema } from './source.ts';
import { currencyCode, isoDate, jurisdictionCode, plainText } from './primitives.ts';

/** Answers that are not values: kept distinct because they mean different things. */
export const SPECIAL_VALUES = ['none', 'not-applicable', 'unknown'] as const;
export type SpecialValue = (typeof SPECIAL_VALUES)[number];

export const VERIFICATION_LEVELS = ['primary', 'secondary', 'unverified'] as const;
export type Verification = (typeof VERIFICATION_LEVELS)[number];

export const moneySchema = z
  .strictObject({
    amount: z.number({ error: 'expected the amount as a number' }).nonnegative().optional(),
    currency: currencyCode.optional(),
    formula: z.string().min(1).optional(),
    unlimited: z.literal(true).optional(),
  })
  .check((ctx) => {
    const money = ctx.value;
    if (money.amount !== undefined && money.currency === undefined) {
      ctx.issues.push({ code: 'custom', input: money, path: ['currency'], message: 'an amount needs an ISO 4217 currency' });
    }
    if (money.amount === undefined && money.formula === undefined && money.unlimited === undefined) {
      ctx.issues.push({ code: 'custom', input: money, message: 'expected an amount with currency, a formula, or unlimited: true' });
    }
  });

export type Money = z.output<typeof moneySchema>;

/** Describes a value type in the words a contributor reads in an error. */
export function describeType(type: ValueType): string {
  switch (type.kind) {
    case 'boolean':
      return 'true or false';
    case 'number':
      return type.allowLife ? `a number (${type.unit}) or life` : `a number (${type.unit})`;
    case 'money':
      return 'money as { amount, currency } (ISO 4217), { formula } or { unlimited: true }';
    case 'enum':
      return `one of ${type.options.join(', ')}`;
    case 'set':
      return `a list of ${type.options.join(', ')}`;
    case 'text':
      return 'text';
    case 'date':
      return 'a date written YYYY-MM-DD';
    case 'jurisdictions':
      return 'a list of jurisdiction codes';
  }
}

function typedValue(type: ValueType) {
  const error = `expected ${describeType(type)}`;
  switch (type.kind) {
    case 'boolean':
      return z.boolean({ error });
    case 'number': {
      const number = z.number({ error }).nonnegative({ error: `${error}, not negative` });
      return type.allowLife ? z.union([number, z.literal('life')], { error }) : number;
    }
    case 'money':
      return moneySchema;
    case 'enum':
      return z.enum(type.options as [string, ...string[]], { error });
    case 'set':
      return z.array(z.enum(type.options as [string, ...string[]], { error }), { error }).min(1, { error });
    case 'text':
      return z.string({ error }).min(1, { error });
    case 'date':
      return isoDate;
    case 'jurisdictions':
      return z.array(jurisdictionCode, { error }).min(1, { error });
  }
}

/** The schema of a fact for one dimension. The typed branch comes first in the union so errors explain it. */
export function factSchema(dimension: Dimension) {
  return z
    .strictObject({
      value: z.union([typedValue(dimension.type), z.enum(SPECIAL_VALUES)]),
      verification: z.enum(VERIFICATION_LEVELS, { error: `expected one of ${VERIFICATION_LEVELS.join(', ')}` }),
      sources: z.array(citationSchema, { error: 'expected a list of citations ({ ref, pinpoint })' }),
      note: plainText().optional(),
      quote: plainText().optional(),
      asOf: isoDate.optional(),
    })
    .check((ctx) => {
      const fact = ctx.value;
      if (fact.value !== 'unknown' && fact.sources.length === 0) {
        ctx.issues.push({
          code: 'custom',
          input: fact.sources,
          path: ['sources'],
          message: 'expected at least one source: every fact except `unknown` is sourced to a pinpoint',
        });
      }
      if ((SPECIAL_VALUES as readonly unknown[]).includes(fact.value) && fact.note === undefined) {
        ctx.issues.push({
          code: 'custom',
          input: fact,
          path: ['note'],
          message: `expected a note explaining "${String(fact.value)}" (for unknown: what was searched)`,
        });
      }
      if (fact.value === 'unknown' && fact.verification !== 'unverified') {
        ctx.issues.push({
          code: 'custom',
          input: fact.verification,
          path: ['verification'],
          message: 'expected verification "unverified" for an unknown value',
        });
      }
    });
}

export type Fact = z.output<ReturnType<typeof factSchema>>;
export type FactValue = Fact['value'];

/** True for `none`, `not-applicable` and `unknown`. */
export function isSpecialValue(value: unknown): value is SpecialValue {
  return typeof value === 'string' && (SPECIAL_VALUES as readonly string[]).includes(value);
}
