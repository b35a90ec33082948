export {};
/**
 * The "What changed" filter: reads the form (and the same fields from the URL, so a filtered view can be linked),
 * hides the rows that do not match, and says how many are shown. Without JavaScript every row stays visible.
 */
const form = document.querySelector<HTMLFormElement>('[data-changes-filter]');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('table.changes tbody tr')];
const statusLine = document.querySelector<HTMLElement>('[data-changes-count]');

function apply(): void {
  if (!form) return;
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '');
  const [jurisdiction, topic, from, to] = [value('jurisdiction'), value('topic'), value('from'), value('to')];
  let shown = 0;
  for (const row of rows) {
    const { jurisdiction: j = '', topic: t = '', date = '' } = row.dataset;
    const match = (!jurisdiction || j === jurisdiction) && (!topic || t === topic) && (!from || date >= from) && (!to || date <= to);
    row.hidden = !match;
    if (match) shown += 1;
  }
  if (statusLine) statusLine.textContent = `${shown} of ${rows.length} changes shown.`;
}

if (form) {
  const params = new URLSearchParams(location.search);
  for (const name of ['jurisdiction', 'topic', 'from', 'to']) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
    const wanted = params.get(name);
    if (field && wanted !== null) field.value = wanted;
  }
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
    const params = new URLSearchParams();
    for (const [key, item] of new FormData(form)) if (item) params.set(key, String(item));
    history.replaceState(null, '', params.size > 0 ? `?${params.toString()}` : location.pathname);
  });
  apply();
}
