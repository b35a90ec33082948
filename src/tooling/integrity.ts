/**
 * Checks that need more than one field: references between fields, duplicate ids, the provenance rule for
 * `primary`, and the publish rules. They read the raw YAML, so they report even when the schema found
 * other errors in the same file (a dangling source id shows at once, not after the rest is fixed).
 */
import { DIMENSIONS, STORED_DIMENSIONS, type Evidence } from '../schemas/dimensions.ts';
import { COPIES, OFFICIAL_COPIES, type SourceKind } from '../schemas/source.ts';
import { didYouMean } from './suggest.ts';

export interface Finding {
  path: PropertyKey[];
  message: string;
  severity: 'error' | 'warning';
}

type Raw = Record<string, unknown>;
const record = (value: unknown): Raw => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** Which documents can make a fact `primary`, by what proves the dimension. */
const PRIMARY_KINDS: Record<Evidence, { kinds: readonly SourceKind[]; words: string }> = {
  law: { kinds: ['statute', 'regulation', 'treaty'], words: 'the legal text (kind statute, regulation or treaty)' },
  practice: { kinds: ['statute', 'regulation', 'treaty', 'guidance'], words: 'the government’s own publication or the legal text' },
  record: { kinds: ['regime', 'treaty', 'guidance'], words: 'the regime’s or depositary’s own record' },
};

// How a text was looked up is not something a reader can use; where it can be found is.
const LOOKUP_WORDS = /\b(stored\s+(?:cop(?:y|ies)|page|excerpt|version)|search\s+tool|(?<!\/)corp[u]s(?!\/)|file\s+index|exact-string\s+search)\b/i;

function sourceIds(data: Raw, findings: Finding[]): Map<string, Raw> {
  const declared = new Map<string, Raw>();
  list(data['sources']).forEach((source, index) => {
    const id = text(record(source)['id']);
    if (id === undefined) return;
    if (declared.has(id)) findings.push({ path: ['sources', index, 'id'], message: `duplicate source id "${id}"`, severity: 'error' });
    declared.set(id, record(source));
  });
  return declared;
}

function checkRef(ref: unknown, path: PropertyKey[], declared: Map<string, Raw>, findings: Finding[]) {
  const id = text(ref);
  if (id === undefined || declared.has(id)) return;
  findings.push({
    path,
    message: `source "${id}" is not declared under sources${didYouMean(id, declared.keys()) || ` (declared: ${[...declared.keys()].join(', ')})`}`,
    severity: 'error',
  });
}

// Option ids a reader would see as jargon if a note used them; hyphenated words that are also plain English are left out.
const EVERYDAY = new Set(['cyber-surveillance', 'human-rights', 'additive-manufacturing', 'advanced-computing', 'semiconductor-equipment']);
const OPTION_IDS = new Map(
  DIMENSIONS.flatMap((dimension) => ('options' in dimension.type ? dimension.type.options : []))
    .filter((option) => option.id.includes('-') && !EVERYDAY.has(option.id))
    .map((option) => [option.id, option.label]),
);
const OPTION_ID = new RegExp(`(?<![\\w/-])(${[...OPTION_IDS.keys()].join('|')})(?![\\w-])`);
const PROSE_FIELDS = new Set(['note', 'reason', 'summary']);

/** Calls `visit` with every string below `value` and its path: the one walk the prose checks share. */
function eachString(value: unknown, path: PropertyKey[], visit: (text: string, path: PropertyKey[]) => void) {
  if (typeof value === 'string') visit(value, path);
  else if (Array.isArray(value)) value.forEach((item, index) => eachString(item, [...path, index], visit));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) eachString(item, [...path, key], visit);
}

/** Warnings for option ids written into prose: pages print notes as written, and readers see labels. */
function checkOptionIds(value: unknown, findings: Finding[]) {
  eachString(value, [], (text, path) => {
    const match = PROSE_FIELDS.has(path.at(-1) as string) ? OPTION_ID.exec(text) : null;
    if (match) {
      findings.push({
        path,
        message: `uses the option id "${match[1]}" in prose: write its label, “${OPTION_IDS.get(match[1]!)}”, which is what readers see`,
        severity: 'warning',
      });
    }
  });
}

/** Warnings for prose that tells how something was looked up instead of what was read and where. */
function checkWording(value: unknown, path: PropertyKey[], findings: Finding[]) {
  eachString(value, path, (text, where) => {
    const match = LOOKUP_WORDS.exec(text);
    if (match) {
      findings.push({
        path: where,
        message: `speaks of how the text was looked up ("${match[0]}"): say what was read and where a reader finds it (URL, journal reference, repository and path)`,
        severity: 'warning',
      });
    }
  });
}

/** Integrity of one jurisdiction file. */
export function jurisdictionIntegrity(data: Raw, body: string): Finding[] {
  const findings: Finding[] = [];
  const declared = sourceIds(data, findings);
  const facts = record(data['facts']);
  const union = text(data['memberOf']);
  if (union !== undefined && union === text(data['id'])) {
    findings.push({
      path: ['memberOf'],
      message: 'expected the id of the union this state is a member of (e.g. eu), not its own id',
      severity: 'error',
    });
  }
  for (const dimension of STORED_DIMENSIONS) {
    const fact = record(facts[dimension.id]);
    // A member state's answered facts say whether they apply the union's rule, so an EU rule is counted once.
    if (union !== undefined && fact['value'] !== undefined && fact['value'] !== 'unknown' && fact['basis'] === undefined) {
      findings.push({
        path: ['facts', dimension.id, 'basis'],
        message: `expected basis: union (the ${union} rule applied), national (a national choice) or both, because the jurisdiction is a member of ${union}`,
        severity: 'error',
      });
    }
    if (union === undefined && fact['basis'] !== undefined) {
      findings.push({
        path: ['facts', dimension.id, 'basis'],
        message: 'expected no basis: it records how a member state applies a union’s rule; set memberOf for a member state',
        severity: 'error',
      });
    }
    for (const field of ['sources', 'searched'] as const) {
      list(fact[field]).forEach((citation, index) =>
        checkRef(record(citation)['ref'], ['facts', dimension.id, field, index, 'ref'], declared, findings),
      );
    }
    checkRef(record(fact['recheck'])['read'], ['facts', dimension.id, 'recheck', 'read'], declared, findings);
    if (fact['value'] === 'unknown' && list(fact['searched']).length === 0 && list(fact['sources']).length === 0) {
      findings.push({
        path: ['facts', dimension.id, 'searched'],
        message: 'expected the texts searched without finding the answer, as { ref, pinpoint }: an unknown says where we looked',
        severity: 'error',
      });
    }
    if (fact['verification'] === 'primary') {
      const rule = PRIMARY_KINDS[dimension.evidence];
      const cited = list(fact['sources']).flatMap((citation) => {
        const id = text(record(citation)['ref']);
        const source = id === undefined ? undefined : declared.get(id);
        return source ? [{ id, kind: text(source['kind']) ?? '?', copy: text(source['copy']) ?? 'copy not given' }] : [];
      });
      const qualifies = cited.some(
        (source) => (OFFICIAL_COPIES as readonly string[]).includes(source.copy) && (rule.kinds as readonly string[]).includes(source.kind),
      );
      // A missing or misspelt copy is reported on the source itself; judging the fact on it would only repeat that.
      const copiesKnown = cited.every((source) => (COPIES as readonly string[]).includes(source.copy));
      if (cited.length > 0 && copiesKnown && !qualifies) {
        findings.push({
          path: ['facts', dimension.id, 'verification'],
          message: `expected "secondary": a primary fact must cite an official copy (copy: official or official-translation) of ${rule.words}; it cites ${cited
            .map((source) => `${source.id} (${source.kind}, ${source.copy})`)
            .join(', ')}`,
          severity: 'error',
        });
      }
    }
  }
  list(data['changes']).forEach((change, index) => checkRef(record(change)['ref'], ['changes', index, 'ref'], declared, findings));
  checkWording(data, [], findings);
  checkWording(body, ['(narrative)'], findings);
  checkOptionIds(data, findings);
  return findings;
}

/** Integrity of one regime file. */
export function regimeIntegrity(data: Raw, body: string): Finding[] {
  const findings: Finding[] = [];
  const declared = sourceIds(data, findings);
  list(data['sources']).forEach((source, index) => {
    const { verification, copy } = record(source);
    if (verification === 'primary' && !(OFFICIAL_COPIES as readonly unknown[]).includes(copy)) {
      findings.push({
        path: ['sources', index, 'verification'],
        message: `expected "secondary": a source read as primary must be an official copy (copy: official or official-translation), got copy ${JSON.stringify(copy ?? null)}`,
        severity: 'error',
      });
    }
  });
  const seen = new Set<string>();
  list(data['members']).forEach((member, index) => {
    const { id, source } = record(member);
    if (typeof id === 'string') {
      if (seen.has(id)) findings.push({ path: ['members', index, 'id'], message: `"${id}" is listed twice`, severity: 'error' });
      seen.add(id);
    }
    checkRef(source, ['members', index, 'source'], declared, findings);
  });
  checkRef(record(data['memberList'])['source'], ['memberList', 'source'], declared, findings);
  checkWording(data, [], findings);
  checkWording(body, ['(narrative)'], findings);
  return findings;
}

/** Integrity of one standard file: sources cited exist; each tested dimension exists, fits the scope, and names real options. */
export function standardIntegrity(data: Raw, body: string): Finding[] {
  const findings: Finding[] = [];
  const declared = sourceIds(data, findings);
  const military = data['scope'] === 'military';
  list(data['provisions']).forEach((provision, index) => {
    const { ref, tests } = record(provision);
    checkRef(ref, ['provisions', index, 'ref'], declared, findings);
    list(tests).forEach((test, position) => {
      const { dimension: id, includes } = record(test);
      const path = ['provisions', index, 'tests', position, 'dimension'];
      const dimension = STORED_DIMENSIONS.find((item) => item.id === id);
      if (!dimension) {
        findings.push({ path, message: `expected a dimension id from the registry, got ${JSON.stringify(id ?? null)}`, severity: 'error' });
        return;
      }
      if (military && dimension.scope === 'dual-use') {
        findings.push({
          path,
          message: `expected a dimension whose scope covers military items: ${dimension.id} answers for dual-use items only`,
          severity: 'error',
        });
      }
      const options = 'options' in dimension.type ? dimension.type.options.map((option) => option.id) : [];
      list(includes).forEach((option, at) => {
        if (dimension.type.kind !== 'set' || !options.includes(String(option))) {
          findings.push({
            path: ['provisions', index, 'tests', position, 'includes', at],
            message: `expected an option of ${dimension.id}${options.length ? ` (${options.join(', ')})` : ' (it has none to include)'}`,
            severity: 'error',
          });
        }
      });
    });
  });
  checkWording(data, [], findings);
  checkWording(body, ['(narrative)'], findings);
  return findings;
}

/** Integrity of one concept file: every dimension it shows exists, once. */
/** A world-tier entry: its citations name declared sources, and an unknown says what was searched. */
export function worldIntegrity(data: Raw): Finding[] {
  const findings: Finding[] = [];
  const declared = sourceIds(data, findings);
  const facts = record(data['facts']);
  for (const [id, raw] of Object.entries(facts)) {
    const fact = record(raw);
    for (const field of ['sources', 'searched'] as const) {
      list(fact[field]).forEach((citation, index) => checkRef(record(citation)['ref'], ['facts', id, field, index, 'ref'], declared, findings));
    }
    if (fact['value'] === 'unknown' && list(fact['searched']).length === 0) {
      findings.push({
        path: ['facts', id, 'searched'],
        message: 'expected the texts searched without finding the answer, as { ref, pinpoint }: an unknown says where we looked',
        severity: 'error',
      });
    }
  }
  checkWording(data, [], findings);
  return findings;
}

/** A training module: its wording (its facts are checked against the profiles in module-citations.ts). */
export function moduleIntegrity(data: Raw): Finding[] {
  const findings: Finding[] = [];
  checkWording(data, [], findings);
  return findings;
}

export function conceptIntegrity(data: Raw, body: string): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  list(data['dimensions']).forEach((id, index) => {
    if (!DIMENSIONS.some((dimension) => dimension.id === id)) {
      findings.push({
        path: ['dimensions', index],
        message: `expected a dimension id from the registry, got ${JSON.stringify(id)}`,
        severity: 'error',
      });
    } else if (seen.has(String(id))) {
      findings.push({ path: ['dimensions', index], message: `"${String(id)}" is listed twice`, severity: 'error' });
    }
    seen.add(String(id));
  });
  checkWording(data, [], findings);
  checkWording(body, ['(narrative)'], findings);
  return findings;
}

/** Integrity of one red-flag guidance file: indicators cite declared sources, and none is mapped where no guidance was found. */
export function redFlagIntegrity(data: Raw, body: string): Finding[] {
  const findings: Finding[] = [];
  const declared = sourceIds(data, findings);
  list(data['indicators']).forEach((item, index) =>
    checkRef(record(record(item)['cite'])['ref'], ['indicators', index, 'cite', 'ref'], declared, findings),
  );
  if (data['guidance'] === false && list(data['indicators']).length > 0) {
    findings.push({ path: ['indicators'], message: 'expected no indicators where no guidance was found (guidance: false)', severity: 'error' });
  }
  checkWording(data, [], findings);
  checkWording(body, ['(narrative)'], findings);
  return findings;
}

/** Integrity of a file whose only check beyond its schema is that its prose reads like the rest. */
function proseIntegrity(data: Raw, body: string): Finding[] {
  const findings: Finding[] = [];
  checkWording(data, [], findings);
  checkWording(body, ['(narrative)'], findings);
  return findings;
}

/** Integrity of one reference file (UN members, exchange rates): its prose reads like the rest. */
export const referenceIntegrity = proseIntegrity;

/** Integrity of one control list (a crosswalk column): its sources have distinct ids, and its prose reads like the rest. */
export function controlListIntegrity(data: Raw, body: string): Finding[] {
  const findings: Finding[] = [];
  sourceIds(data, findings);
  return [...findings, ...proseIntegrity(data, body)];
}

/** Integrity of one crosswalk entry's prose; its citations are checked against the lists' sources across files. */
export const crosswalkIntegrity = proseIntegrity;
