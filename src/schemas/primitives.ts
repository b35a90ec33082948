/** Small shared schemas: dates, identifiers, jurisdiction and currency codes. */
import { z } from 'astro/zod';
import { CODE_HINTS, ISO_3166_ALPHA_2 } from './iso3166.ts';

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

const PARTIAL_DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** True for `YYYY`, `YYYY-MM` or a real `YYYY-MM-DD`. */
export function isPartialDate(text: string): boolean {
  if (!PARTIAL_DATE.test(text)) return false;
  if (text.length === 4) return true;
  if (text.length === 7) return isIsoDate(`${text}-01`);
  return isIsoDate(text);
}

const PARTIAL_DATE_ERROR = 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD, with the precision the source gives';

/**
 * A date with the precision its source gives: `1994`, `1994-05` or `1994-05-12`, kept as written.
 * YAML reads an unquoted year as a number and an unquoted full date as a Date; both are accepted.
 */
export const partialDate = z.union(
  [
    z.string().refine(isPartialDate, { error: PARTIAL_DATE_ERROR }),
    z
      .number()
      .int()
      .min(1000)
      .max(2999)
      .transform((year) => String(year)),
    z.date().transform((date) => date.toISOString().slice(0, 10)),
  ],
  { error: PARTIAL_DATE_ERROR },
);

/** The published form of a partial date. */
export const publishedPartialDate = z
  .string()
  .regex(PARTIAL_DATE)
  .meta({ id: 'PartialDate', description: 'YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source' });

/** The published form of a full date. */
export const publishedDate = z.iso.date();

/** A BCP 47 language tag such as `de`, `zh-Hant` or `ko`. */
export const languageTag = z.string({ error: 'expected a language tag such as de, fr, ja, zh or ko' }).refine(
  (tag) => {
    try {
      return Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  },
  { error: (issue) => `expected a BCP 47 language tag such as de, fr, ja, zh or ko, got ${JSON.stringify(issue.input)}` },
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

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** True for an assigned, lowercase ISO 3166-1 alpha-2 code, or `eu` for the European Union. */
export function isJurisdictionCode(code: string): boolean {
  return code === 'eu' || ISO_3166_ALPHA_2.has(code);
}

/** English name of a jurisdiction code (ICU's), falling back to the code itself. */
export function jurisdictionName(code: string): string {
  return code === 'eu' ? 'European Union' : (regionNames.of(code.toUpperCase()) ?? code);
}

export const jurisdictionCode = z.string({ error: 'expected a jurisdiction code' }).refine(isJurisdictionCode, {
  error: (issue) => {
    const input = String(issue.input);
    const hint = CODE_HINTS[input.toLowerCase()];
    const lower =
      /^[A-Z]{2}$/.test(input) && isJurisdictionCode(input.toLowerCase())
        ? `did you mean "${input.toLowerCase()}"? (codes are lowercase)`
        : undefined;
    return `expected an assigned ISO 3166-1 alpha-2 code in lowercase (or "eu"), got ${JSON.stringify(issue.input)}${(hint ?? lower) ? `: ${hint ?? lower}` : ''}`;
  },
});

export const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const currencyCode = z.string({ error: 'expected an ISO 4217 currency code' }).refine((code) => CURRENCIES.has(code), {
  error: (issue) => `expected an ISO 4217 currency code such as USD or EUR, got ${JSON.stringify(issue.input)}`,
});

export const httpsUrl = z.string({ error: 'expected a URL' }).refine((text) => URL.canParse(text) && new URL(text).protocol === 'https:', {
  error: 'expected a full https:// URL',
});
