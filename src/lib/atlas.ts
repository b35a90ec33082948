/** Builds the open-data model (atlas.json, CSVs) from validated content. One model, every download. */
import { DIMENSIONS, dimensionsOfTopic, type TopicId } from '../schemas/dimensions.ts';
import type { Jurisdiction } from '../schemas/jurisdiction.ts';
import { SCHEMA_VERSION, type OpenData } from '../schemas/open-data.ts';
import type { Regime } from '../schemas/regime.ts';
import { toCsv, type Cell } from './csv.ts';
import { valueToCell } from './values.ts';

/** Deterministic order for everything published: by id. */
export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Removes keys whose value is undefined, so optional fields are absent rather than null. */
function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}

/** A fact with its citations resolved to full source records. */
export function resolveFacts(jurisdiction: Jurisdiction) {
  const sources = new Map(jurisdiction.sources.map((source) => [source.id, source]));
  return Object.fromEntries(
    DIMENSIONS.map((dimension) => {
      const fact = jurisdiction.facts[dimension.id];
      if (fact === undefined) throw new Error(`${jurisdiction.id} has no fact for ${dimension.id}`);
      return [
        dimension.id,
        compact({
          value: fact.value,
          verification: fact.verification,
          sources: fact.sources.map((citation) => {
            const source = sources.get(citation.ref);
            if (source === undefined) throw new Error(`${jurisdiction.id}: ${dimension.id} cites undeclared source "${citation.ref}"`);
            return compact({
              id: source.id,
              title: source.title,
              kind: source.kind,
              url: source.url,
              pinpoint: citation.pinpoint,
              checked: source.checked,
            });
          }),
          note: fact.note,
          quote: fact.quote,
          asOf: fact.asOf,
        }),
      ];
    }),
  );
}

/** The whole open-data document. `release` identifies the content version, never the build time. */
export function buildOpenData(jurisdictions: readonly Jurisdiction[], regimes: readonly Regime[], release: string): OpenData {
  return {
    schemaVersion: SCHEMA_VERSION,
    release,
    license: 'CC-BY-4.0',
    jurisdictions: byId(jurisdictions).map((jurisdiction) => ({
      id: jurisdiction.id,
      name: jurisdiction.name,
      kind: jurisdiction.kind,
      summary: jurisdiction.summary,
      lastReviewed: jurisdiction.lastReviewed,
      url: `/jurisdictions/${jurisdiction.id}/`,
      sources: jurisdiction.sources.map(compact),
      facts: resolveFacts(jurisdiction),
      ...(jurisdiction.changes ? { changes: jurisdiction.changes.map(compact) } : {}),
    })),
    regimes: byId(regimes).map((regime) =>
      compact({
        id: regime.id,
        name: regime.name,
        shortName: regime.shortName,
        kind: regime.kind,
        summary: regime.summary,
        established: regime.established,
        note: regime.note,
        memberList: regime.memberList,
        lastReviewed: regime.lastReviewed,
        url: `/regimes/${regime.id}/`,
        sources: regime.sources.map(compact),
        members: byId(regime.members).map(compact),
      }),
    ),
    dimensions: DIMENSIONS.map((dimension) =>
      compact({
        id: dimension.id,
        topic: dimension.topic,
        label: dimension.label,
        description: dimension.description,
        type: dimension.type.kind,
        unit: dimension.type.kind === 'number' ? dimension.type.unit : undefined,
        options: 'options' in dimension.type ? [...dimension.type.options] : undefined,
        compare: dimension.compare,
      }),
    ),
  };
}

/** One topic as CSV: a row per jurisdiction; per dimension its value, verification, sources, note, quote and asOf. */
export function topicCsv(data: OpenData, topic: TopicId): string {
  const dimensions = dimensionsOfTopic(topic);
  const suffixes = ['', '__verification', '__sources', '__note', '__quote', '__as_of'];
  const header = [
    'jurisdiction',
    'name',
    'last_reviewed',
    ...dimensions.flatMap((dimension) => suffixes.map((suffix) => `${dimension.id}${suffix}`)),
  ];
  const rows = data.jurisdictions.map((jurisdiction) => [
    jurisdiction.id,
    jurisdiction.name,
    jurisdiction.lastReviewed,
    ...dimensions.flatMap((dimension): Cell[] => {
      const fact = jurisdiction.facts[dimension.id];
      if (fact === undefined) throw new Error(`${jurisdiction.id} has no fact for ${dimension.id}`);
      const sources = fact.sources.map((source) => `${source.title}, ${source.pinpoint}${source.url ? ` <${source.url}>` : ''}`).join(' | ');
      return [valueToCell(fact.value as Parameters<typeof valueToCell>[0]), fact.verification, sources, fact.note, fact.quote, fact.asOf];
    }),
  ]);
  return toCsv(header, rows);
}
