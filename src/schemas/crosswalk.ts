/**
 * The control-list crosswalk: the same item under the Wassenaar list, the EU's Annex I, the US Commerce Control List
 * and the UK, Japanese, Chinese and Korean lists. Each list (a column) is declared once with the copies read of it
 * (`control-lists`), so an entry cites "the CCL" without redeclaring it; each entry (a row) gives, per list, the
 * entry read there, how it relates to the row's anchor entry, and for a national-only control the date it took effect.
 */
import { z } from 'astro/zod';
import { languageTag, partialDate, plainText, slug } from './primitives.ts';
import { citationSchema, sourceSchema } from './source.ts';

/** The columns every entry answers, in reading order. */
export const CORE_LISTS = ['wassenaar', 'eu', 'us', 'gb', 'jp', 'cn', 'kr'] as const;
/** A list that may appear only as the originating list of a national-only control. */
export const EXTRA_LISTS = ['nl'] as const;
export const LIST_IDS = [...CORE_LISTS, ...EXTRA_LISTS] as const;
export type ListId = (typeof LIST_IDS)[number];

export const RELATIONS = [
  { id: 'anchor', label: 'Anchor', description: 'the entry that defines the row; the others are compared with it' },
  { id: 'equivalent', label: 'Equivalent', description: 'the same parameters' },
  { id: 'narrower', label: 'Narrower', description: 'controls less than the anchor entry' },
  { id: 'broader', label: 'Broader', description: 'controls more than the anchor entry' },
  { id: 'partial', label: 'Partial', description: 'overlaps the anchor entry, with different parameters' },
  { id: 'none', label: 'No counterpart found', description: 'the list was read and has no such entry' },
  { id: 'not-checked', label: 'Not checked', description: 'the list could not be read; no number is inferred' },
] as const;
export type Relation = (typeof RELATIONS)[number]['id'];
const relationIds = RELATIONS.map((relation) => relation.id) as [Relation, ...Relation[]];
/** Relations that name an entry in the list, and so need its number and a citation. */
export const NAMED_RELATIONS: readonly Relation[] = ['anchor', 'equivalent', 'narrower', 'broader', 'partial'];

export const AREAS = [
  { id: 'advanced-computing', label: 'Advanced computing' },
  { id: 'semiconductor-equipment', label: 'Semiconductor manufacturing equipment' },
  { id: 'materials', label: 'Materials' },
  { id: 'quantum', label: 'Quantum' },
  { id: 'additive-manufacturing', label: 'Additive manufacturing' },
  { id: 'cyber-surveillance', label: 'Cyber-surveillance and intrusion software' },
  { id: 'encryption', label: 'Encryption and information security' },
  { id: 'classic', label: 'Classic items of the multilateral lists' },
] as const;
export type AreaId = (typeof AREAS)[number]['id'];
const areaIds = AREAS.map((area) => area.id) as [AreaId, ...AreaId[]];

/** A list (a column): what it is, and every copy of it that was read, declared once for every entry. */
export const controlListSchema = z.strictObject({
  id: z.enum(LIST_IDS, { error: `expected one of ${LIST_IDS.join(', ')}` }),
  name: z.string().min(1, { error: 'expected the list’s name' }),
  /** Column heading: "Wassenaar", "EU", "US" … */
  shortName: z.string().min(1),
  /** The jurisdiction profile the list belongs to, if the atlas has one. */
  jurisdiction: z.string().optional(),
  sources: z.array(sourceSchema).min(1, { error: 'expected the copies of the list read (and any rule or analysis cited for it)' }),
  note: plainText().optional(),
});
export type ControlList = z.output<typeof controlListSchema>;

const cellSchema = z.strictObject({
  /** The entry's number in that list, as the list writes it ("3A090", "3.B.1.f.1"); several where the row spans them. */
  number: z.string().min(1).optional(),
  /** The entry's heading, word for word, in the list's language. */
  title: z.string().min(1).optional(),
  titleLanguage: languageTag.optional(),
  titleEnglish: z.string().min(1).optional(),
  relation: z.enum(relationIds, { error: `expected one of ${relationIds.join(', ')}` }),
  /** For a national-only entry (not from a multilateral list): the date it took effect. */
  inForce: partialDate.optional(),
  /** Where the date a national-only entry took effect could not be established: what was read. */
  inForceNote: plainText().optional(),
  /** The list read, with the entry (or, for `none`, the part read). */
  cite: citationSchema.optional(),
  note: plainText().optional(),
});
export type CrosswalkCell = z.output<typeof cellSchema>;

export const crosswalkEntrySchema = z
  .strictObject({
    id: slug,
    name: z.string().min(1, { error: 'expected the item’s name' }),
    area: z.enum(areaIds, { error: `expected one of ${areaIds.join(', ')}` }),
    summary: plainText('a plain-language summary of the item'),
    /** The list whose entry defines the row: Wassenaar (or the EU) for multilateral items, the originating list for a national-only control. */
    anchor: z.enum(LIST_IDS, { error: `expected one of ${LIST_IDS.join(', ')}` }),
    /** True when the anchor entry is a national (or EU) control with no multilateral origin. */
    nationalOnly: z.boolean({ error: 'expected true (a national-only control) or false (from a multilateral list)' }),
    columns: z.partialRecord(z.enum(LIST_IDS, { error: `expected a list id: ${LIST_IDS.join(', ')}` }), cellSchema),
    /** Where the lists' parameters differ most for this item. */
    note: plainText().optional(),
  })
  .check((ctx) => {
    const entry = ctx.value;
    const issue = (path: PropertyKey[], message: string) => ctx.issues.push({ code: 'custom', input: undefined, path, message });
    for (const list of CORE_LISTS)
      if (!entry.columns[list]) issue(['columns', list], `expected the ${list} column (use relation: not-checked where the list could not be read)`);
    const anchors = Object.entries(entry.columns).filter(([, cell]) => cell?.relation === 'anchor');
    if (entry.columns[entry.anchor]?.relation !== 'anchor')
      issue(['columns', entry.anchor, 'relation'], `expected relation: anchor in the anchor column (${entry.anchor})`);
    if (anchors.length > 1) issue(['anchor'], `expected one anchor column, got ${anchors.map(([list]) => list).join(', ')}`);
    for (const [list, cell] of Object.entries(entry.columns)) {
      if (!cell) continue;
      if (NAMED_RELATIONS.includes(cell.relation)) {
        if (!cell.number) issue(['columns', list, 'number'], `expected the entry’s number in the list read (relation ${cell.relation})`);
        if (!cell.cite) issue(['columns', list, 'cite'], `expected the list read, with the entry as pinpoint (relation ${cell.relation})`);
      }
      if (cell.relation === 'none' && !cell.cite)
        issue(['columns', list, 'cite'], 'expected the list read, with the part read as pinpoint: “none” means read and not found');
      if (cell.relation === 'not-checked' && (cell.number || cell.cite)) {
        issue(
          ['columns', list, cell.number ? 'number' : 'cite'],
          'expected no number or citation on a list not checked: never infer an entry from a number’s shape',
        );
      }
      if ((EXTRA_LISTS as readonly string[]).includes(list) && !(entry.nationalOnly && entry.anchor === list)) {
        issue(['columns', list], `expected the ${list} column only as the originating list of a national-only control`);
      }
    }
    const anchor = entry.columns[entry.anchor];
    if (entry.nationalOnly && anchor && !anchor.inForce && !anchor.inForceNote) {
      issue(
        ['columns', entry.anchor, 'inForce'],
        'expected the date the national-only entry took effect (or inForceNote saying what was read where it could not be established)',
      );
    }
  });
export type CrosswalkEntry = z.output<typeof crosswalkEntrySchema>;
