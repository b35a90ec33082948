/** Which regimes a jurisdiction belongs to, read from the regime member lists (the single source). */
import type { Member, Regime } from '../schemas/regime.ts';

export interface Membership {
  regime: { id: Regime['id']; name: string; shortName: string; kind: Regime['kind'] };
  member: Member | undefined;
}

/** One row per regime, in the order given; `member` is undefined where the jurisdiction is not listed. */
export function membershipsOf(code: string, regimes: readonly Regime[]): Membership[] {
  return regimes.map((regime) => ({
    regime: { id: regime.id, name: regime.name, shortName: regime.shortName ?? regime.name, kind: regime.kind },
    member: regime.members.find((member) => member.id === code),
  }));
}
