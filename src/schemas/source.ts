/** Sources (declared once per file) and citations (a source plus a pinpoint), in content and as published. */
import { z } from 'astro/zod';
import { httpsUrl, isoDate, languageTag, partialDate, plainText, publishedDate, publishedPartialDate, slug } from './primitives.ts';

/** What the document is. */
export const SOURCE_KINDS = ['statute', 'regulation', 'guidance', 'analysis', 'regime', 'treaty'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/**
 * Which copy was read, separately from what the document is: the publisher's own text (an archived copy of
 * it counts), a translation the government publishes, an unofficial reproduction (mirror, database, law-firm
 * copy), or an analysis. `primary` needs one of the first two.
 */
export const COPIES = ['official', 'official-translation', 'unofficial-reproduction', 'secondary-analysis'] as const;
export type Copy = (typeof COPIES)[number];
export const OFFICIAL_COPIES: readonly Copy[] = ['official', 'official-translation'];

/** The fields of a source, parametrised by how dates are written, so content and published forms share one shape. */
function sourceShape(dates: { full: z.ZodType<string, unknown>; partial: z.ZodType<string, unknown> }, url: z.ZodType<string, unknown>) {
  return {
    id: slug,
    title: z
      .string({ error: 'expected the title of the instrument or document' })
      .min(1, { error: 'expected the title of the instrument or document' }),
    titleLanguage: languageTag.optional().meta({ description: 'language of the title, when it is not English (BCP 47)' }),
    kind: z.enum(SOURCE_KINDS, { error: `expected one of ${SOURCE_KINDS.join(', ')}` }),
    copy: z.enum(COPIES, { error: `expected one of ${COPIES.join(', ')} (which copy was read)` }),
    url: url.optional(),
    versionDate: dates.partial.optional().meta({ description: 'date of the version read: consolidation, in force from, or snapshot date' }),
    checked: dates.full,
    publisher: z.string().optional(),
    language: languageTag.optional().meta({ description: 'language of the text read (BCP 47)' }),
    /** What was read, which part, where a reader finds it. */
    note: plainText().optional(),
  };
}

export const sourceSchema = z.strictObject(sourceShape({ full: isoDate, partial: partialDate }, httpsUrl));

/** A source as published: URLs percent-encoded (as `new URL(x).href` writes them), dates as text. */
export const publishedSourceSchema = z
  .object(sourceShape({ full: publishedDate, partial: publishedPartialDate }, z.url()))
  .meta({ id: 'Source', description: 'A document cited by the atlas: what it is, which copy was read, and when.' });

/** A pinpoint citation of a declared source: `{ ref: ecra, pinpoint: "§ 4819(b)" }`. */
export const citationSchema = z.strictObject({
  ref: slug,
  pinpoint: z
    .string({ error: 'expected a pinpoint (article, section, paragraph, annex or page)' })
    .min(1, { error: 'expected a pinpoint (article, section, paragraph, annex or page)' }),
});

/** A citation as published: the source record with its pinpoint (derived from the source schema). */
export const publishedCitationSchema = publishedSourceSchema
  .pick({ id: true, title: true, titleLanguage: true, kind: true, copy: true, url: true, versionDate: true, checked: true, language: true })
  .extend({ pinpoint: z.string(), regime: z.string().optional().meta({ description: 'for a derived fact: the regime whose source this is' }) })
  .meta({ id: 'Citation', description: 'A source cited for a fact, with the pinpoint (article, section, paragraph, annex or page).' });

export type Source = z.output<typeof sourceSchema>;
export type Citation = z.output<typeof citationSchema>;
export type PublishedSource = z.output<typeof publishedSourceSchema>;
export type PublishedCitation = z.output<typeof publishedCitationSchema>;
