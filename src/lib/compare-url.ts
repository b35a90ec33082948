/**
 * The compare view's state in its URL: `?j=jp,kr,cn&t=end-use&d=catchAllTrigger`. Lists may be comma-separated
 * or repeated (`j=jp&j=kr`); ids are case-insensitive for jurisdictions and topics; the order chosen is kept
 * (it is the column order) and repeats are dropped. Imports nothing: the compare page's script bundles it.
 */

export interface CompareState {
  /** Jurisdiction ids, in the order chosen. */
  j: string[];
  /** Topic ids. */
  t: string[];
  /** Dimension ids. */
  d: string[];
}

export interface KnownIds {
  jurisdictions: readonly string[];
  topics: readonly string[];
  dimensions: readonly string[];
}

export interface ParsedState {
  state: CompareState;
  /** Ids in the URL that name nothing in the atlas, with the parameter they came in. */
  ignored: { parameter: 'j' | 't' | 'd'; id: string }[];
}

function values(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value.length > 0);
}

/** Read the state from a query string, keeping only ids the atlas knows and saying which were dropped. */
export function parseCompareQuery(search: string, known: KnownIds): ParsedState {
  const params = new URLSearchParams(search);
  const ignored: ParsedState['ignored'] = [];
  const pick = (parameter: 'j' | 't' | 'd', ids: readonly string[], caseless: boolean): string[] => {
    const byKey = new Map(ids.map((id) => [caseless ? id.toLowerCase() : id, id]));
    const chosen: string[] = [];
    for (const raw of values(params, parameter)) {
      const id = byKey.get(caseless ? raw.toLowerCase() : raw);
      if (id === undefined) ignored.push({ parameter, id: raw });
      else if (!chosen.includes(id)) chosen.push(id);
    }
    return chosen;
  };
  return {
    state: { j: pick('j', known.jurisdictions, true), t: pick('t', known.topics, true), d: pick('d', known.dimensions, false) },
    ignored,
  };
}

/** The query string of a state (commas kept readable), empty lists left out: `?j=jp,kr,cn&t=end-use`. */
export function compareQuery(state: CompareState): string {
  const parts = (['j', 't', 'd'] as const)
    .filter((name) => state[name].length > 0)
    .map((name) => `${name}=${state[name].map(encodeURIComponent).join(',')}`);
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
