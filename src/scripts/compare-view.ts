/**
 * The compare page's script: reads the choice from the URL, fetches only the chosen jurisdictions' (or the chosen
 * dimensions') cells, and renders one row per dimension with the row's mark. Choosing updates the URL (pushState),
 * so a comparison can be shared and back/forward work. The page works without it: it then lists prepared views.
 */
import { compareRow, type Cell, type RowStatus } from '../lib/compare.ts';
import { escape } from './escape.ts';
import { compareQuery, parseCompareQuery, type CompareState } from '../lib/compare-url.ts';

interface Index {
  /** `w`: a world-tier entry (core questions only; its other dimensions are not researched). */
  jurisdictions: { id: string; name: string; w?: 1 }[];
  topics: { id: string; label: string }[];
  dimensions: { id: string; label: string; topic: string }[];
  labels: Record<string, string>;
}

const root = document.querySelector<HTMLElement>('[data-compare]');
const indexScript = document.getElementById('compare-index');
if (root && indexScript) start(root, JSON.parse(indexScript.textContent ?? '{}') as Index);

function start(root: HTMLElement, index: Index) {
  const picker = root.querySelector<HTMLDetailsElement>('.compare-picker')!;
  const form = picker.querySelector('form')!;
  const output = root.querySelector<HTMLElement>('[data-compare-output]')!;
  const known = {
    jurisdictions: index.jurisdictions.map((j) => j.id),
    topics: index.topics.map((t) => t.id),
    dimensions: index.dimensions.map((d) => d.id),
  };
  const names = new Map(index.jurisdictions.map((j) => [j.id, j.name]));
  const worldTier = new Set(index.jurisdictions.filter((j) => j.w).map((j) => j.id));
  const page = (j: string) => (worldTier.has(j) ? `/world/${j}/` : `/jurisdictions/${j}/`);
  // A cell a file does not hold: for a world-tier entry, a dimension it did not research.
  const missing = (j: string): Cell =>
    worldTier.has(j)
      ? { t: index.labels['special.not-researched']!, l: 'unverified', s: 'not-researched' }
      : { t: index.labels['special.unknown']!, l: 'unverified', s: 'unknown' };
  const cache = new Map<string, Promise<Record<string, Cell>>>();
  const load = (path: string) => {
    if (!cache.has(path))
      cache.set(
        path,
        fetch(path).then((response) => (response.ok ? response.json() : Promise.reject(new Error(`${path}: ${response.status}`)))),
      );
    return cache.get(path)!;
  };
  picker.hidden = false;
  for (const element of document.querySelectorAll<HTMLElement>('[data-needs-script]')) element.hidden = true;
  for (const element of document.querySelectorAll<HTMLElement>('[data-with-script]')) element.hidden = false;

  const boxes = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  const fromForm = (previous: CompareState): CompareState => {
    const checked = (name: string) =>
      boxes(name)
        .filter((box) => box.checked)
        .map((box) => box.value);
    // Keep the order already chosen, then add newly ticked jurisdictions in list order.
    const j = checked('j');
    return { j: [...previous.j.filter((id) => j.includes(id)), ...j.filter((id) => !previous.j.includes(id))], t: checked('t'), d: checked('d') };
  };
  const toForm = (state: CompareState) => {
    for (const name of ['j', 't', 'd'] as const) for (const box of boxes(name)) box.checked = state[name].includes(box.value);
  };

  let current = parseCompareQuery(location.search, known).state;
  const render = async (ignored: string[]) => {
    toForm(current);
    const state = current;
    const dimensions = index.dimensions.filter(
      (d) => state.d.includes(d.id) || state.t.includes(d.topic) || (state.t.length === 0 && state.d.length === 0),
    );
    const notes = ignored.length > 0 ? `<p class="notice">Not in the atlas, so left out: ${ignored.map(escape).join(', ')}.</p>` : '';
    if (state.j.length < 2) {
      output.innerHTML = `${notes}<p>Choose at least two jurisdictions to compare${state.j.length === 1 ? ` with ${escape(names.get(state.j[0]!)!)}` : ''}.</p>`;
      return;
    }
    output.setAttribute('aria-busy', 'true');
    // Hold a screen's height while the data loads, so the content below does not jump when the table arrives.
    output.style.minHeight = '100vh';
    try {
      const cells = await cellsFor(
        state.j,
        dimensions.map((d) => d.id),
      );
      if (state !== current) return;
      output.innerHTML = notes + table(state.j, dimensions, cells);
    } catch {
      output.innerHTML = `${notes}<p class="notice">The data for this comparison could not be loaded. Reload the page to try again.</p>`;
    } finally {
      output.removeAttribute('aria-busy');
      output.style.minHeight = '';
    }
  };

  // Fewer requests wins: one file per chosen jurisdiction, or one per chosen dimension.
  const cellsFor = async (jurisdictions: string[], dimensions: string[]) => {
    const cell = new Map<string, Cell>();
    if (jurisdictions.length <= dimensions.length) {
      const files = await Promise.all(jurisdictions.map((j) => load(`/data/compare/j/${j}.json`)));
      files.forEach((file, i) => dimensions.forEach((d) => file[d] && cell.set(`${jurisdictions[i]} ${d}`, file[d])));
    } else {
      const files = await Promise.all(dimensions.map((d) => load(`/data/compare/d/${d}.json`)));
      files.forEach((file, i) => jurisdictions.forEach((j) => file[j] && cell.set(`${j} ${dimensions[i]}`, file[j])));
    }
    return cell;
  };

  const table = (jurisdictions: string[], dimensions: Index['dimensions'], cells: Map<string, Cell>) => {
    const counts: Record<string, number> = {};
    const bodies = index.topics.flatMap((topic) => {
      const rows = dimensions.filter((d) => d.topic === topic.id);
      if (rows.length === 0) return [];
      const html = rows.map((d) => {
        const row = jurisdictions.map((j) => cells.get(`${j} ${d.id}`) ?? missing(j));
        const result = compareRow(row);
        counts[result.status] = (counts[result.status] ?? 0) + 1;
        const mark = `<span class="status status-${result.status}">${escape(index.labels[`compare.${result.status}`]!)}</span>${
          result.status === 'incomplete' && result.answeredDiffer ? ' <span class="status-note">(answered values differ)</span>' : ''
        }`;
        const tds = row.map(
          (cell, i) =>
            `<td data-label="${escape(names.get(jurisdictions[i]!)!)}">${cellHtml(cell, result.groupCount > 1 ? result.groups[i]! : -1, jurisdictions[i]!, d.id)}</td>`,
        );
        return `<tr data-status="${result.status}"><th scope="row" id="row-${d.id}"><a href="/codebook/#${d.id}">${escape(d.label)}</a> ${mark}</th>${tds.join('')}</tr>`;
      });
      return [
        `<tbody><tr class="topic-row"><th scope="rowgroup" colspan="${jurisdictions.length + 1}">${escape(topic.label)}</th></tr>${html.join('')}</tbody>`,
      ];
    });
    const order: RowStatus[] = ['differs', 'incomplete', 'same', 'not-compared', 'not-researched'];
    const summary = order
      .filter((status) => counts[status])
      .map((status) => `${escape(index.labels[`compare.${status}`]!)}: ${counts[status]}`)
      .join(' · ');
    const title = jurisdictions.map((j) => names.get(j)!).join(', ');
    return `<p class="compare-summary">${dimensions.length} dimension${dimensions.length === 1 ? '' : 's'} across ${jurisdictions.length} jurisdictions. ${summary}.</p>
<div class="table-wrap scroll-both"><table class="compare stack"><caption>${escape(title)}</caption><thead><tr><th scope="col">Dimension</th>${jurisdictions
      .map(
        (j) =>
          `<th scope="col"><a href="${page(j)}">${escape(names.get(j)!)}</a>${worldTier.has(j) ? ' <span class="muted">(world tier)</span>' : ''}</th>`,
      )
      .join('')}</tr></thead>${bodies.join('')}</table></div>`;
  };

  const cellHtml = (cell: Cell, group: number, jurisdiction: string, dimension: string) => {
    const value = `<span class="${cell.s ? `special special-${cell.s}` : 'cell-value'}">${escape(cell.t)}</span>`;
    // Not researched: nothing was read, so there is no level and no citation to show.
    if (cell.s === 'not-researched') return value;
    const marker =
      group >= 0
        ? ` <span class="group"><span class="visually-hidden">${index.labels['compare.group']} </span>${String.fromCharCode(65 + (group % 26))}</span>`
        : '';
    const level = ` <span class="verification verification-${cell.l}">${escape(index.labels[`level.${cell.l}`]!)}</span>`;
    const basis = cell.b ? ` <span class="basis">${escape(cell.b)}</span>` : '';
    const summary = cell.p ? escape(cell.p) : cell.s === 'unknown' ? 'What was searched' : 'Source';
    // The citations in full are fetched when the reader opens them; the profile link works at once.
    const cite = `<details class="cite" data-j="${jurisdiction}" data-d="${dimension}"><summary>${summary}</summary><ul class="sources"></ul><a href="${page(jurisdiction)}#${dimension}">The fact on the ${worldTier.has(jurisdiction) ? 'world-tier entry' : 'profile'}</a></details>`;
    return `${value}${marker}${level}${basis}${cite}`;
  };

  output.addEventListener(
    'toggle',
    (event) => {
      const details = event.target as HTMLDetailsElement;
      const list = details.querySelector('ul');
      if (!details.open || !details.dataset['j'] || !list || list.childElementCount > 0) return;
      load(`/data/compare/c/${details.dataset['j']}.json`).then(
        (citations) => {
          const items = (citations as unknown as Record<string, string[]>)[details.dataset['d']!] ?? [];
          list.innerHTML = items.map((text) => `<li>${escape(text)}</li>`).join('');
        },
        () => {
          list.innerHTML = '<li>The citation could not be loaded: follow the link to the profile.</li>';
        },
      );
    },
    true,
  );

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    current = fromForm(current);
    history.pushState(null, '', `${location.pathname}${compareQuery(current)}`);
    void render([]);
  });
  addEventListener('popstate', () => {
    current = parseCompareQuery(location.search, known).state;
    void render([]);
  });
  const first = parseCompareQuery(location.search, known);
  // A shared comparison opens on its table; the picker stays one click away.
  if (first.state.j.length >= 2) picker.open = false;
  void render(first.ignored.map((item) => item.id));
}
