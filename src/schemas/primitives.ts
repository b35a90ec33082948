/** Small shared schemas: dates, identifiers, jurisdiction and currency codes. */
import { z } from 'astro/zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `text` is a real calendar date written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * An ISO date. Quoted or not: Astro's YAML parser turns an unquoted date into
 * a Date, our validator keeps it as text, and both come out as `YYYY-MM-DD`.
 */
export const isoDate = z.union(
  [z.string().refine(isIsoDate, { error: 'expected a real date written YYYY-MM-DD' }), z.date().transform((date) => date.toISOString().slice(0, 10))],
  { error: 'expected a date written YYYY-MM-DD' },
);

// Markdown that would show literally: notes and quotations are printed as plain text on pages and in CSV cells.
const MARKDOWN = /\*\*|__|^\s*(?:[-*+]|#{1,6}|\d+\.)\s|\[[^\]]+\]\([^)]+\)/m;

/**
 * Prose shown as written (a note, a quotation): Markdown markup is refused rather than printed as asterisks.
 * `expected` names the text in the error for a missing or empty value.
 */
export function plainText(expected = 'text') {
  return z
    .string({ error: `expected ${expected}` })
    .min(1, { error: `expected ${expected}, not an empty string` })
    .refine((text) => !MARKDOWN.test(text), {
      error: 'expected plain text: Markdown (**bold**, list items, headings, links) would be shown literally; write it as prose',
    });
}

/** A short lowercase identifier such as a source id. */
export const slug = z
  .string({ error: 'expected a short identifier' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'expected lowercase letters, digits and hyphens (e.g. "ecra")' });

// User-assigned and pseudo-region codes that ICU names but ISO 3166-1 does not assign.
const NOT_ISO = /^(AA|Q[M-Z]|X[A-JL-Z]|ZZ|UN|EZ|EU)$/;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** True for a lowercase ISO 3166-1 alpha-2 code, or `eu` for the European Union. */
export function isJurisdictionCode(code: string): boolean {
  if (code === 'eu') return true;
  if (!/^[a-z]{2}$/.test(code)) return false;
  const upper = code.toUpperCase();
  return !NOT_ISO.test(upper) && regionNames.of(upper) !== undefined;
}

/** English name of a jurisdiction code (ICU's), falling back to the code itself. */
export function jurisdictionName(code: string): string {
  return regionNames.of(code.toUpperCase()) ?? code;
}

export const jurisdictionCode = z.string({ error: 'expected a jurisdiction code' }).refine(isJurisdictionCode, {
  error: (issue) => `expected a lowercase ISO 3166-1 alpha-2 code (or "eu"), got ${JSON.stringify(issue.input)}`,
});

const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const currencyCode = z.string({ error: 'expected an ISO 4217 currency code' }).refine((code) => CURRENCIES.has(code), {
  error: (issue) => `expected an ISO 4217 currency code such as USD or EUR, got ${JSON.stringify(issue.input)}`,
});

export const httpsUrl = z.string({ error: 'expected a URL' }).refine((text) => URL.canParse(text) && new URL(text).protocol === 'https:', {
  error: 'expected a full https:// URL',
});
