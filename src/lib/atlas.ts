/** Builds the open-data model (atlas.json, CSVs) from validated content. One model, every download. */
import { t } from '../i18n/labels.ts';
import { DIMENSIONS, STORED_DIMENSIONS, dimensionsOfTopic, statusDimensionOf, type DimensionId, type TopicId } from '../schemas/dimensions.ts';
import type { PublishedFact, Verification } from '../schemas/fact.ts';
import type { Jurisdiction, PublishedJurisdiction } from '../schemas/jurisdiction.ts';
import { SCHEMA_VERSION, type OpenData } from '../schemas/open-data.ts';
import { jurisdictionName } from '../schemas/primitives.ts';
import { REGIME_IDS, type Regime } from '../schemas/regime.ts';
import type { Citation, PublishedCitation, Source } from '../schemas/source.ts';
import { toCsv, type Cell } from './csv.ts';
import { formatValue, valueCell } from './values.ts';
import { moneyCells } from './long-csv.ts';
import type { ExchangeRates } from '../schemas/reference.ts';

/** Deterministic order for everything published: by id. */
export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Removes keys whose value is undefined, so optional fields are absent rather than null. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/** A source as published: its URL percent-encoded (raw Hangul is not a valid URI). */
function publishSource<S extends Source>(source: S): S {
  return compact({ ...source, url: source.url === undefined ? undefined : new URL(source.url).href });
}

function cite(source: Source, pinpoint: string, regime?: string): PublishedCitation {
  const published = publishSource(source);
  return compact({
    id: published.id,
    title: published.title,
    titleLanguage: published.titleLanguage,
    kind: published.kind,
    copy: published.copy,
    url: published.url,
    versionDate: published.versionDate,
    checked: published.checked,
    language: published.language,
    pinpoint,
    regime,
  });
}

/** The stored facts of a jurisdiction with their citations resolved to full source records. */
function storedFacts(jurisdiction: Jurisdiction): Record<string, PublishedFact> {
  return publishFacts(
    jurisdiction.id,
    jurisdiction.sources,
    jurisdiction.facts,
    STORED_DIMENSIONS.map((dimension) => dimension.id),
  );
}

/** Facts (of a profile or a world-tier entry) with their citations resolved to the entry's declared sources. */
export function publishFacts(
  id: string,
  declared: readonly Source[],
  facts: Partial<Record<string, Jurisdiction['facts'][keyof Jurisdiction['facts']]>>,
  dimensions: readonly string[],
): Record<string, PublishedFact> {
  const sources = new Map(declared.map((source) => [source.id, source]));
  const resolve = (citation: Citation) => {
    const source = sources.get(citation.ref);
    if (source === undefined) throw new Error(`${id} cites undeclared source "${citation.ref}"`);
    return cite(source, citation.pinpoint);
  };
  return Object.fromEntries(
    dimensions.flatMap((dimension) => {
      const fact = facts[dimension];
      if (fact === undefined) return [];
      return [
        [
          dimension,
          compact({
            value: fact.value,
            verification: fact.verification,
            sources: fact.sources.map(resolve),
            searched: fact.searched?.map(resolve),
            note: fact.note,
            quote: fact.quote,
            quoteLanguage: fact.quoteLanguage,
            translation: fact.translation,
            translationBy: fact.translationBy,
            asOf: fact.asOf,
            basis: fact.basis,
            recheck: fact.recheck,
          }) as PublishedFact,
        ],
      ];
    }),
  );
}

/**
 * A jurisdiction's status towards a regime, read from the regime's member list: the listed status with
 * its source; "not a member" only where the list is complete; otherwise unknown, citing the partial list.
 */
export function regimeStatusFact(code: string, regime: Regime): PublishedFact {
  const sources = new Map(regime.sources.map((source) => [source.id, source]));
  const listSource = sources.get(regime.memberList.source);
  if (listSource === undefined) throw new Error(`${regime.id}: memberList cites undeclared source "${regime.memberList.source}"`);
  const name = regime.shortName ?? regime.name;
  const member = regime.members.find((item) => item.id === code);
  if (member) {
    const source = (member.source === undefined ? undefined : sources.get(member.source)) ?? listSource;
    const joined = member.joined === undefined ? undefined : `Joined ${member.joined}.`;
    return compact({
      value: member.status,
      verification: source.verification as Verification,
      sources: [cite(source, `entry for ${jurisdictionName(code)}`, regime.id)],
      note: [joined, member.note].filter(Boolean).join(' ') || undefined,
      derived: true,
    }) as PublishedFact;
  }
  const pinpoint = `list of members as of ${regime.memberList.asOf}`;
  if (regime.memberList.complete) {
    return {
      value: 'not-member',
      verification: listSource.verification as Verification,
      sources: [cite(listSource, pinpoint, regime.id)],
      note: `Not in the complete list of the ${name}’s ${regime.members.length} members, participants, adherents and observers as of ${regime.memberList.asOf}.`,
      derived: true,
    };
  }
  return {
    value: 'unknown',
    verification: 'unverified',
    sources: [],
    searched: [cite(listSource, pinpoint, regime.id)],
    note: `Not in the atlas’s list for the ${name}, which is not yet complete (as of ${regime.memberList.asOf}): absence from it does not show that the state is not a party or member.`,
    derived: true,
  };
}

/** The status towards a regime that has no member list in the atlas yet. */
const NO_MEMBER_LIST: PublishedFact = {
  value: 'unknown',
  verification: 'unverified',
  sources: [],
  note: 'The atlas has no member list for this regime yet.',
  derived: true,
};

/** Every fact of a jurisdiction, stored and derived, in registry order. */
function allFacts(jurisdiction: Jurisdiction, regimes: readonly Regime[]): Record<DimensionId, PublishedFact> {
  const stored = storedFacts(jurisdiction);
  const derived = Object.fromEntries(
    REGIME_IDS.map((id) => {
      const regime = regimes.find((item) => item.id === id);
      return [statusDimensionOf(id).id, regime ? regimeStatusFact(jurisdiction.id, regime) : NO_MEMBER_LIST];
    }),
  );
  return Object.fromEntries(
    DIMENSIONS.flatMap((dimension) => {
      const fact = stored[dimension.id] ?? derived[dimension.id];
      return fact ? [[dimension.id, fact]] : [];
    }),
  ) as Record<DimensionId, PublishedFact>;
}

/** The whole open-data document. `release` identifies the content version, never the build time. */
export function buildOpenData(jurisdictions: readonly Jurisdiction[], regimes: readonly Regime[], release: string): OpenData {
  return {
    schemaVersion: SCHEMA_VERSION,
    release,
    license: 'CC-BY-4.0',
    jurisdictions: byId(jurisdictions).map((jurisdiction): PublishedJurisdiction =>
      compact({
        id: jurisdiction.id,
        name: jurisdiction.name,
        kind: jurisdiction.kind,
        memberOf: jurisdiction.memberOf,
        summary: jurisdiction.summary,
        lastReviewed: jurisdiction.lastReviewed,
        url: `/jurisdictions/${jurisdiction.id}/`,
        sources: jurisdiction.sources.map(publishSource),
        facts: allFacts(jurisdiction, regimes),
        changes: jurisdiction.changes?.map(compact),
      }),
    ),
    regimes: byId(regimes).map((regime) =>
      compact({
        id: regime.id,
        name: regime.name,
        shortName: regime.shortName,
        kind: regime.kind,
        summary: regime.summary,
        established: regime.established,
        note: regime.note,
        memberList: compact(regime.memberList),
        lastReviewed: regime.lastReviewed,
        url: `/regimes/${regime.id}/`,
        sources: regime.sources.map(publishSource),
        members: byId(regime.members).map(compact),
      }),
    ),
    dimensions: DIMENSIONS.map((dimension) =>
      compact({
        id: dimension.id,
        topic: dimension.topic,
        label: dimension.label,
        description: dimension.description,
        kind: dimension.type.kind,
        unit: dimension.type.kind === 'number' ? dimension.type.unit : undefined,
        options: 'options' in dimension.type ? dimension.type.options.map((option) => ({ ...option })) : undefined,
        ordered: dimension.type.kind === 'enum' && dimension.type.ordered ? true : undefined,
        direction: dimension.direction,
        scope: dimension.scope,
        evidence: dimension.evidence,
        derivedFrom: dimension.derived?.regime,
      }),
    ),
  };
}

/** "Title, pinpoint <url>" joined by " | ", for a CSV cell. */
function citationsCell(citations: readonly PublishedCitation[] | undefined): string {
  return (citations ?? []).map((source) => `${source.title}, ${source.pinpoint}${source.url ? ` <${source.url}>` : ''}`).join(' | ');
}

/**
 * One topic as CSV: a row per jurisdiction; per dimension the value as data (ids) and as read (labels), for money
 * its amount, currency, amount in US dollars (at the exchange-rate series' date), formula and whether unlimited,
 * then verification, sources, texts searched (for unknowns), note, quotation (its language, and its English
 * translation with who made it), asOf and basis.
 */
export function topicCsv(data: OpenData, topic: TopicId, rates: Pick<ExchangeRates, 'asOf' | 'perUsd'>): string {
  const dimensions = dimensionsOfTopic(topic);
  // A money dimension adds its parts as numbers a spreadsheet can sort: amount, currency, US dollars, formula, unlimited.
  const moneySuffixes = ['__amount', '__currency', `__usd_at_${rates.asOf}`, '__formula', '__unlimited'];
  const extra = (dimension: { type: { kind: string } }) => (dimension.type.kind === 'money' ? moneySuffixes : []);
  const suffixes = [
    '',
    '__label',
    '__verification',
    '__sources',
    '__searched',
    '__note',
    '__quote',
    '__quote_language',
    '__translation',
    '__translation_by',
    '__as_of',
    '__basis',
  ];
  const header = [
    'jurisdiction',
    'name',
    'last_reviewed',
    ...dimensions.flatMap((dimension) =>
      [...suffixes.slice(0, 2), ...extra(dimension), ...suffixes.slice(2)].map((suffix) => `${dimension.id}${suffix}`),
    ),
  ];
  const rows = data.jurisdictions.map((jurisdiction) => [
    jurisdiction.id,
    jurisdiction.name,
    jurisdiction.lastReviewed,
    ...dimensions.flatMap((dimension): Cell[] => {
      const fact = jurisdiction.facts[dimension.id];
      return [
        valueCell(dimension, fact.value),
        formatValue(dimension, fact.value),
        ...(dimension.type.kind === 'money' ? moneyCells(fact, 'money', rates) : []),
        t(`verification.${fact.verification}`),
        citationsCell(fact.sources),
        citationsCell(fact.searched),
        fact.note,
        fact.quote,
        fact.quoteLanguage,
        fact.translation,
        fact.translationBy,
        fact.asOf,
        fact.basis,
      ];
    }),
  ]);
  return toCsv(header, rows, data.release);
}
