/**
 * The search page's script, on Pagefind's JS API (no component UI): the header's box is the one search box; the
 * query and the filters live in the URL (typing replaces the entry, submitting or filtering pushes one, so back,
 * reload and sharing work); choices within one filter combine with OR; results are drawn in the site's own markup;
 * a failed or offline load says so instead of waiting forever.
 */
import { escape } from './escape.ts';

interface Result {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results?: {
    title: string;
    url: string;
    excerpt: string;
    locations?: number[];
    weighted_locations?: { weight: number; balanced_score: number; location: number }[];
  }[];
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    query: string | null,
    options: { filters?: Record<string, { any: string[] }> },
  ): Promise<{ results: { data(): Promise<Result> }[]; filters: Record<string, Record<string, number>> }>;
}

/** Results drawn at once; the rest on request (each costs a fragment download). */
const PAGE = 5;
const FILTERS: Record<string, string> = { type: 'Kind of page', jurisdiction: 'Jurisdiction', topic: 'Topic' };

const root = document.querySelector<HTMLElement>('[data-search]');
const input = document.querySelector<HTMLInputElement>('#site-search');
if (root && input) void start(root, input);

async function start(root: HTMLElement, input: HTMLInputElement) {
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const pane = root.querySelector<HTMLElement>('[data-search-filters]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  root.hidden = false;
  for (const element of document.querySelectorAll<HTMLElement>('[data-search-fallback]')) element.hidden = true;

  const read = () => {
    const params = new URLSearchParams(location.search);
    const chosen: Record<string, string[]> = {};
    for (const name of Object.keys(FILTERS)) {
      const values = params.getAll(name);
      if (values.length) chosen[name] = values;
    }
    return { q: params.get('q') ?? '', chosen };
  };
  const write = (q: string, chosen: Record<string, string[]>, push: boolean) => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const [name, values] of Object.entries(chosen)) for (const value of values) params.append(name, value);
    const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  let pagefind: Pagefind;
  status.textContent = 'Loading search…';
  try {
    const bundle = '/pagefind/pagefind.js';
    pagefind = (await Promise.race([
      import(/* @vite-ignore */ bundle),
      new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 15000)),
    ])) as Pagefind;
    // Ranking: an exact match (a list number such as "3B001", a concept's name) outranks longer words it is the
    // start of ("3B001.c", "catch-all's"), and repeating a word counts for less than where it stands (title, heading).
    await pagefind.options({ bundlePath: '/pagefind/', noWorker: true, excerptLength: 24, ranking: { termSimilarity: 10, termFrequency: 0.5 } });
    await pagefind.init();
  } catch {
    status.textContent = 'Search could not be loaded (you may be offline). Browse the atlas with the links below instead.';
    for (const element of document.querySelectorAll<HTMLElement>('[data-search-fallback]')) element.hidden = false;
    return;
  }
  // The filter choices cost a download of their own: they load when a filter is opened or already chosen, not
  // with the first search (see `npm run bench`).
  let all: Record<string, Record<string, number>> | undefined;
  const opened = new Set<string>();
  const loadFilters = async () => {
    all ??= await pagefind.filters();
  };

  let state = read();
  input.value = state.q;
  let shown: { data(): Promise<Result> }[] = [];
  let drawn = 0;
  let run = 0;

  const drawFilters = (counts: Record<string, Record<string, number>>) => {
    pane.innerHTML = Object.entries(FILTERS)
      .filter(([name]) => !all || all[name])
      .map(([name, legend]) => {
        if (!all) {
          return `<details data-filter="${escape(name)}"><summary>${escape(legend)}</summary><p class="muted">Loading the choices…</p></details>`;
        }
        const options = Object.keys(all[name]!).sort((a, b) => a.localeCompare(b));
        const boxes = options
          .map((value) => {
            const checked = state.chosen[name]?.includes(value) ? ' checked' : '';
            const count = counts[name]?.[value] ?? 0;
            return `<li><label><input type="checkbox" name="${escape(name)}" value="${escape(value)}"${checked}> ${escape(value)} <span class="muted">(${count})</span></label></li>`;
          })
          .join('');
        const open = state.chosen[name] || opened.has(name) ? ' open' : '';
        return `<details data-filter="${escape(name)}"${open}><summary>${escape(legend)}</summary><fieldset><legend class="visually-hidden">${escape(legend)}</legend><ul class="choices">${boxes}</ul></fieldset></details>`;
      })
      .join('');
  };

  const drawMore = async () => {
    const batch = shown.slice(drawn, drawn + PAGE);
    drawn += batch.length;
    const data = await Promise.all(batch.map((result) => result.data()));
    list.insertAdjacentHTML('beforeend', data.map(resultHtml).join(''));
    more.hidden = drawn >= shown.length;
  };

  const search = async () => {
    const current = ++run;
    const filters = Object.fromEntries(Object.entries(state.chosen).map(([name, values]) => [name, { any: values }]));
    if (!state.q && Object.keys(filters).length === 0) {
      status.textContent = 'Type a word, a law or a jurisdiction into the search box above.';
      list.innerHTML = '';
      more.hidden = true;
      drawFilters({});
      return;
    }
    status.textContent = 'Searching…';
    try {
      const found = await pagefind.search(state.q || null, { filters });
      if (current !== run) return;
      shown = found.results;
      drawn = 0;
      list.innerHTML = '';
      drawFilters(found.filters);
      status.textContent = `${shown.length} result${shown.length === 1 ? '' : 's'}${state.q ? ` for “${state.q}”` : ''}.`;
      await drawMore();
    } catch {
      status.textContent = 'The search failed (you may be offline). Reload the page to try again.';
    }
  };

  let timer: number | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => {
      state = { ...state, q: input.value.trim() };
      write(state.q, state.chosen, false);
      void search();
    }, 250);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, q: input.value.trim() };
    write(state.q, state.chosen, true);
    void search();
  });
  pane.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    const values = new Set(state.chosen[box.name] ?? []);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    const chosen = { ...state.chosen, [box.name]: [...values] };
    if (chosen[box.name]!.length === 0) delete chosen[box.name];
    state = { ...state, chosen };
    write(state.q, state.chosen, true);
    void search();
  });
  pane.addEventListener(
    'toggle',
    (event) => {
      const details = event.target as HTMLDetailsElement;
      const name = details.dataset['filter'];
      if (!name) return;
      if (details.open) opened.add(name);
      else opened.delete(name);
      if (details.open && !all) void loadFilters().then(search);
    },
    true,
  );
  more.addEventListener('click', () => void drawMore());
  addEventListener('popstate', () => {
    state = read();
    input.value = state.q;
    void (Object.keys(state.chosen).length > 0 ? loadFilters() : Promise.resolve()).then(search);
  });
  if (Object.keys(state.chosen).length > 0) await loadFilters();
  await search();
}

function resultHtml(result: Result): string {
  const type = result.filters['type']?.[0];
  // The sections that match best (a match in a heading weighs more than one in the text), not the first three.
  const score = (sub: NonNullable<Result['sub_results']>[number]) =>
    (sub.weighted_locations ?? []).reduce((sum, location) => sum + location.balanced_score, 0) || (sub.locations?.length ?? 0);
  const subs = (result.sub_results ?? [])
    .filter((sub) => sub.url !== result.url)
    .sort((a, b) => score(b) - score(a))
    .slice(0, 3)
    .map((sub) => `<li><a href="${escape(sub.url)}">${escape(sub.title)}</a>: <span class="excerpt">${sub.excerpt}</span></li>`)
    .join('');
  return `<li class="result"><p class="result-title"><a href="${escape(result.url)}">${escape(result.meta.title ?? result.url)}</a>${
    type ? ` <span class="muted">${escape(type)}</span>` : ''
  }</p><p class="excerpt">${result.excerpt}</p>${subs ? `<ul class="sub-results">${subs}</ul>` : ''}</li>`;
}
