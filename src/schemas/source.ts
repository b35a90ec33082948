/** Sources (declared once per file) and citations (a source plus a pinpoint). */
import { z } from 'astro/zod';
import { httpsUrl, isoDate, plainText, slug } from './primitives.ts';

export const SOURCE_KINDS = ['statute', 'regulation', 'guidance', 'secondary', 'regime', 'treaty'] as const;

export const sourceSchema = z.strictObject({
  id: slug,
  title: z.string({ error: 'expected the title of the instrument or document' }).min(1),
  kind: z.enum(SOURCE_KINDS, { error: `expected one of ${SOURCE_KINDS.join(', ')}` }),
  url: httpsUrl.optional(),
  checked: isoDate,
  publisher: z.string().optional(),
  language: z.string().optional(),
  translation: z.enum(['official', 'unofficial']).optional(),
  /** What kind of copy was read, and anything a reader should know about it. */
  note: plainText().optional(),
});

/** A pinpoint citation of a declared source: `{ ref: ecra, pinpoint: "§ 4819(b)" }`. */
export const citationSchema = z.strictObject({
  ref: slug,
  pinpoint: z
    .string({ error: 'expected a pinpoint (article, section, paragraph, annex or page)' })
    .min(1, { error: 'expected a pinpoint (article, section, paragraph, annex or page)' }),
});

export type Source = z.output<typeof sourceSchema>;
export type Citation = z.output<typeof citationSchema>;

type CheckContext = { issues: z.core.$ZodRawIssue[] };

/**
 * Cross-field checks shared by every file that declares sources: source ids are unique,
 * and each reference (`path` → referenced id) names a declared source.
 */
export function checkSourceReferences(ctx: CheckContext, sources: readonly { id: string }[], references: [PropertyKey[], string | undefined][]) {
  const declared = new Set<string>();
  sources.forEach((source, index) => {
    if (declared.has(source.id)) {
      ctx.issues.push({ code: 'custom', input: source.id, path: ['sources', index, 'id'], message: `duplicate source id "${source.id}"` });
    }
    declared.add(source.id);
  });
  for (const [path, ref] of references) {
    if (ref !== undefined && !declared.has(ref)) {
      ctx.issues.push({
        code: 'custom',
        input: ref,
        path,
        message: `source "${ref}" is not declared under sources (declared: ${[...declared].join(', ')})`,
      });
    }
  }
}
