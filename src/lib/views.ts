/**
 * View models: what a page shows, computed once from the open-data model. Pages render these and never
 * format a value, pick a label or sort a list themselves.
 */
import { byName, grouped, listing, plural, t } from '../i18n/labels.ts';
import { TOPICS, dimensionsOfTopic, findDimension, statusDimensionOf, type Dimension, type DimensionId } from '../schemas/dimensions.ts';
import { isSpecialValue, VERIFICATION_LEVELS, type FactValue, type PublishedFact, type Verification } from '../schemas/fact.ts';
import type { PublishedJurisdiction } from '../schemas/jurisdiction.ts';
import type { OpenData } from '../schemas/open-data.ts';
import { jurisdictionName } from '../schemas/primitives.ts';
import { REGIME_IDS } from '../schemas/regime-ids.ts';
import { MEMBER_STATUSES, type MemberStatus, type PublishedRegime } from '../schemas/regime.ts';
import { formatValue } from './values.ts';

/** A fact ready to render: its dimension, the value as read, and whether the value is a special one. */
export interface FactView {
  dimension: Dimension & { id: DimensionId };
  fact: PublishedFact;
  text: string;
  special: string | undefined;
  verification: string;
  /** "value, pinpoint and quotation", the parts a re-check confirmed, and the title of the copy read. */
  recheck?: { date: string; confirmed: string; read: string };
}

export function factView(dimension: Dimension & { id: DimensionId }, fact: PublishedFact, sourceTitles?: Map<string, string>): FactView {
  return {
    ...(fact.recheck
      ? {
          recheck: {
            date: fact.recheck.date,
            confirmed: listing(fact.recheck.confirmed.map((part) => (part === 'currency' ? 'currency (no later amendment found)' : part))),
            read: sourceTitles?.get(fact.recheck.read) ?? fact.recheck.read,
          },
        }
      : {}),
    dimension,
    fact,
    text: formatValue(dimension, fact.value as FactValue),
    special: isSpecialValue(fact.value) ? fact.value : undefined,
    verification: t(`verification.${fact.verification}`),
  };
}

/** A recorded change, in words. */
export interface ChangeView {
  date: string;
  dimensionId: string;
  dimensionLabel: string;
  text: string;
  reason: string;
  ref: string | undefined;
}

export function describeChange(change: NonNullable<PublishedJurisdiction['changes']>[number]): ChangeView {
  const dimension = findDimension(change.dimension);
  const field = change.field ?? 'value';
  const show = (value: unknown): string | undefined => {
    if (value === undefined) return undefined;
    if (field === 'verification' && (VERIFICATION_LEVELS as readonly unknown[]).includes(value)) return t(`verification.${value as Verification}`);
    // A record written by hand may describe the value in words rather than give it: show the words then.
    const formatted = field === 'value' && dimension ? formatValue(dimension, value as FactValue) : '';
    if (formatted !== '') return formatted;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join('; ');
    return typeof value === 'string' ? value : JSON.stringify(value);
  };
  const what = field === 'value' ? 'value' : field === 'verification' ? 'verification level' : 'sources';
  const [from, to] = [show(change.from), show(change.to)];
  const text = [`${what}`, from === undefined ? '' : `from ${from}`, to === undefined ? '' : `to ${to}`].filter(Boolean).join(' ');
  return {
    date: change.date,
    dimensionId: change.dimension,
    dimensionLabel: dimension?.label ?? change.dimension,
    text,
    reason: change.reason,
    ref: change.ref,
  };
}

/** The facts a reader needs first, shown at the top of every profile (regime statuses follow them). */
export const GLANCE_IDS = [
  'primaryLegislation',
  'licensingAuthority',
  'catchAllTrigger',
  'licenceTypes',
  'criminalMaxImprisonmentYears',
  'criminalMaxFine',
  'lastMajorReform',
] as const satisfies readonly DimensionId[];

/** Everything a jurisdiction profile shows. */
export function profileView(data: OpenData, id: string) {
  const jurisdiction = data.jurisdictions.find((item) => item.id === id);
  if (!jurisdiction) throw new Error(`no jurisdiction "${id}" in the open data`);
  const titles = new Map(jurisdiction.sources.map((source) => [source.id, source.title]));
  return {
    jurisdiction,
    topics: TOPICS.map((topic) => ({
      topic,
      facts: dimensionsOfTopic(topic.id).map((dimension) => factView(dimension, jurisdiction.facts[dimension.id], titles)),
    })),
    changes: (jurisdiction.changes ?? []).map(describeChange),
    glance: GLANCE_IDS.map((dimensionId) => factView(findDimension(dimensionId)!, jurisdiction.facts[dimensionId], titles)),
    regimes: REGIME_IDS.map((regime) => {
      const dimension = statusDimensionOf(regime);
      return factView(dimension, jurisdiction.facts[dimension.id]);
    }),
  };
}

/** "48 participants and 1 observer". */
export function statusCounts(members: readonly { status: MemberStatus }[]): string {
  const counts = MEMBER_STATUSES.flatMap((status) => {
    const count = members.filter((member) => member.status === status).length;
    return count === 0 ? [] : [`${grouped(count)} ${plural(`memberStatus.${status}`, count)}`];
  });
  return listing(counts);
}

/** Everything a regime page shows: members sorted by displayed name, with status labels. */
export function regimeView(data: OpenData, id: string) {
  const regime: PublishedRegime | undefined = data.regimes.find((item) => item.id === id);
  if (!regime) throw new Error(`no regime "${id}" in the open data`);
  const profiled = new Set(data.jurisdictions.map((item) => item.id));
  const titles = new Map(regime.sources.map((source) => [source.id, source.title]));
  const statusDimension = statusDimensionOf(regime.id);
  return {
    regime,
    counts: statusCounts(regime.members),
    dated: regime.members.filter((member) => member.joined).length,
    members: byName(regime.members, (member) => jurisdictionName(member.id)).map((member) => ({
      ...member,
      name: jurisdictionName(member.id),
      profiled: profiled.has(member.id),
      statusLabel: formatValue(statusDimension, member.status),
      sourceTitle: member.source === undefined ? undefined : titles.get(member.source),
    })),
  };
}
