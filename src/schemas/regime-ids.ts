/** Regime and treaty identifiers and the statuses a state can hold towards them (shared by regimes and the registry). */
import type { Option } from './value-kinds.ts';

export const REGIME_IDS = ['wassenaar', 'nsg', 'mtcr', 'australia-group', 'zangger', 'att', 'cwc', 'bwc'] as const;
export type RegimeId = (typeof REGIME_IDS)[number];

/** How a listed state stands towards a regime. Adherence and observer status are not membership. */
export const MEMBER_STATUS_OPTIONS = [
  { id: 'participant', label: 'Member or participant', description: 'A full member: participating state, partner or participating government.' },
  { id: 'state-party', label: 'State party', description: 'Bound by the treaty: it has ratified, accepted, approved or acceded to it.' },
  { id: 'signatory', label: 'Signatory (not ratified)', description: 'Has signed the treaty but is not bound by it.' },
  {
    id: 'adherent',
    label: 'Adheres unilaterally (not a member)',
    description: 'Applies the regime’s guidelines or lists by its own pledge or policy, without membership.',
  },
  { id: 'observer', label: 'Observer', description: 'Takes part as an observer, without membership.' },
] as const satisfies readonly Option[];

export const MEMBER_STATUSES = MEMBER_STATUS_OPTIONS.map((option) => option.id);
export type MemberStatus = (typeof MEMBER_STATUS_OPTIONS)[number]['id'];

/** The statuses of the derived regime-status dimensions: a listed status, or not a member (from a complete list only). */
export const REGIME_STATUS_OPTIONS = [
  ...MEMBER_STATUS_OPTIONS,
  { id: 'not-member', label: 'Not a member', description: 'Absent from the regime’s complete member list as of its date.' },
] as const satisfies readonly Option[];
