/** A fact: one jurisdiction's typed, sourced answer for one dimension, in content and as published. */
import { z } from 'astro/zod';
import type { Dimension } from './dimensions.ts';
import { isoDate, languageTag, partialDate, plainText, publishedDate, publishedPartialDate, slug } from './primitives.ts';
import { citationSchema, publishedCitationSchema } from './source.ts';
import { contentSchemaOf, publishedSchemaOf, type KindValue } from './value-kinds.ts';

/** Answers that are not values: kept distinct because they mean different things. */
export const SPECIAL_VALUES = ['none', 'not-applicable', 'unknown'] as const;
export type SpecialValue = (typeof SPECIAL_VALUES)[number];

/** Who translated a quote: the government (`official`, a translation it publishes) or anyone else (`unofficial`). */
export const TRANSLATION_BY = ['official', 'unofficial'] as const;

export const VERIFICATION_LEVELS = ['primary', 'secondary', 'unverified'] as const;

/**
 * For a member state of a union (the EU): where the value comes from. `union`: the union's directly applicable
 * rule, applied; `national`: a national choice (an option the union leaves to member states, or a matter outside
 * union law); `both`: the union's rule with a national addition that shapes the value.
 */
export const BASES = ['union', 'national', 'both'] as const;
export type Basis = (typeof BASES)[number];
export type Verification = (typeof VERIFICATION_LEVELS)[number];

export type FactValue = KindValue | SpecialValue;

const citations = z.array(citationSchema, { error: 'expected a list of citations ({ ref, pinpoint })' });

/** What a re-check against the cited text confirmed. */
export const RECHECK_PARTS = ['value', 'pinpoint', 'quotation', 'currency'] as const;

function recheckShape(date: z.ZodType<string, unknown>) {
  return {
    /** When the fact was re-read against its source. */
    date,
    /** The declared source (the copy) that was read. */
    read: slug,
    /** Which parts the reading confirmed: the value, the pinpoint, the quotation word for word, and that no later amendment changes it. */
    confirmed: z
      .array(z.enum(RECHECK_PARTS, { error: `expected any of ${RECHECK_PARTS.join(', ')}` }))
      .min(1, { error: `expected what the re-check confirmed: any of ${RECHECK_PARTS.join(', ')}` }),
    note: plainText().optional(),
  };
}

/** The schema of a fact for one dimension. The typed branch comes first in the union so errors explain it. */
export function factSchema(dimension: Dimension) {
  return z
    .strictObject({
      value: z.union([contentSchemaOf(dimension.type), z.enum(SPECIAL_VALUES)]) as z.ZodType<FactValue, unknown>,
      verification: z.enum(VERIFICATION_LEVELS, { error: `expected one of ${VERIFICATION_LEVELS.join(', ')}` }),
      sources: citations.default([]),
      /** For `unknown`: the texts searched without finding the answer. */
      searched: citations.optional(),
      note: plainText().optional(),
      quote: plainText().optional(),
      quoteLanguage: languageTag.optional(),
      /** An English translation of a quote in another language, and whether the government publishes it (`official`). */
      translation: plainText().optional(),
      translationBy: z.enum(TRANSLATION_BY, { error: `expected one of ${TRANSLATION_BY.join(', ')}` }).optional(),
      asOf: partialDate.optional(),
      /** For a member state of a union: whether the value applies the union's rule or is a national choice. */
      basis: z.enum(BASES, { error: `expected one of ${BASES.join(', ')}` }).optional(),
      /** The last re-check of this fact against its source, so that "re-checked" is data. */
      recheck: z.strictObject(recheckShape(isoDate)).optional(),
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
      if (fact.value === 'unknown' && fact.sources.length > 0) {
        ctx.issues.push({
          code: 'custom',
          input: fact.sources,
          path: ['sources'],
          message: 'expected no sources for an unknown value: list the texts searched under `searched` instead',
        });
      }
      if (fact.value !== 'unknown' && fact.searched !== undefined) {
        ctx.issues.push({
          code: 'custom',
          input: fact.searched,
          path: ['searched'],
          message: 'expected `searched` only on an unknown value: cite what establishes a value under `sources`',
        });
      }
      if ((SPECIAL_VALUES as readonly unknown[]).includes(fact.value) && fact.note === undefined) {
        ctx.issues.push({
          code: 'custom',
          input: undefined,
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
      if (fact.quote !== undefined && fact.quoteLanguage !== undefined && !/^en\b/.test(fact.quoteLanguage) && fact.translation === undefined) {
        ctx.issues.push({
          code: 'custom',
          input: undefined,
          path: ['translation'],
          message: `expected an English translation of the ${fact.quoteLanguage} quote, with translationBy (official or unofficial)`,
        });
      }
      if ((fact.translation === undefined) !== (fact.translationBy === undefined)) {
        ctx.issues.push({
          code: 'custom',
          input: fact.translationBy,
          path: [fact.translation === undefined ? 'translation' : 'translationBy'],
          message:
            'expected translation and translationBy together: the English text, and whether it is the government’s (official) or not (unofficial)',
        });
      }
      if (fact.translation !== undefined && fact.quote === undefined) {
        ctx.issues.push({
          code: 'custom',
          input: fact.translation,
          path: ['translation'],
          message: 'expected a quote for the translation to translate',
        });
      }
      if (fact.quoteLanguage !== undefined && fact.quote === undefined) {
        ctx.issues.push({
          code: 'custom',
          input: fact.quoteLanguage,
          path: ['quoteLanguage'],
          message: 'expected a quote for quoteLanguage to describe',
        });
      }
    });
}

export type Fact = z.output<ReturnType<typeof factSchema>>;

const publishedSpecialValue = z.enum(SPECIAL_VALUES).meta({ id: 'SpecialValue', description: 'none, not-applicable or unknown' });
const publishedVerification = z.enum(VERIFICATION_LEVELS).meta({ id: 'Verification' });
const publishedCitations = z.array(publishedCitationSchema);
const publishedRecheck = z
  .object(recheckShape(publishedDate))
  .meta({ id: 'Recheck', description: 'the last re-check of the fact against the source read: when, which copy, and what it confirmed' });

/** The published schema of a fact for one dimension: the same fields, with citations resolved to sources. */
export function publishedFactSchema(dimension: Dimension) {
  return z
    .object({
      value: z.union([publishedSchemaOf(dimension.type), publishedSpecialValue]),
      verification: publishedVerification,
      sources: publishedCitations.meta({ description: 'the sources of the value (empty for an unknown value)' }),
      searched: publishedCitations.optional().meta({ description: 'for an unknown value: the texts searched without finding it' }),
      note: z.string().optional(),
      quote: z.string().optional(),
      quoteLanguage: z.string().optional(),
      translation: z.string().optional().meta({ description: 'an English translation of a quote in another language' }),
      translationBy: z
        .enum(TRANSLATION_BY)
        .optional()
        .meta({ description: "'official' when the government publishes the translation, 'unofficial' otherwise" }),
      asOf: publishedPartialDate.optional(),
      basis: z.enum(BASES).optional().meta({
        description:
          "for a member state of a union: 'union' when the value applies the union's rule, 'national' for a national choice, 'both' for the union's rule with a national addition that shapes the value",
      }),
      recheck: publishedRecheck.optional(),
      derived: z.boolean().optional().meta({ description: 'true when computed from other content (a regime member list)' }),
    })
    .meta({
      description: `${dimension.label}. ${dimension.rule.question} Counts: ${dimension.rule.counts}${dimension.rule.excludes ? ` Does not count: ${dimension.rule.excludes}` : ''}`,
    });
}

export type PublishedFact = Omit<z.output<ReturnType<typeof publishedFactSchema>>, 'value'> & { value: FactValue };

/** True for `none`, `not-applicable` and `unknown`. */
export function isSpecialValue(value: unknown): value is SpecialValue {
  return typeof value === 'string' && (SPECIAL_VALUES as readonly string[]).includes(value);
}
