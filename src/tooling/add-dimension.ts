/**
 * Inserts an `unknown` fact for a new registry dimension into a jurisdiction file, in registry order,
 * editing the text (not re-serialising the YAML) so every other line stays as its author wrote it.
 */

/** The lines of an `unknown` entry. A fixture (whose values are not researched) cites its first source as searched. */
function entry(id: string, searched: string | undefined): string {
  const lines = [`  ${id}:`, '    value: unknown', '    verification: unverified'];
  if (searched) lines.push('    searched:', `      - ref: ${searched}`, '        pinpoint: whole text');
  lines.push('    note: Not yet researched.');
  return `${lines.join('\n')}\n`;
}

/**
 * Returns `text` with an `unknown` fact for `id` inserted before the next dimension of `order` that the file
 * has, or after its last fact; unchanged when the fact is already there.
 */
export function insertUnknownFact(text: string, id: string, order: readonly string[], options: { fixture?: boolean } = {}): string {
  const facts = /^facts:\n/m.exec(text);
  if (!facts) throw new Error('no "facts:" block in the frontmatter');
  const start = facts.index + facts[0].length;
  const end = start + text.slice(start).search(/^(?:[^\s#]|---)/m);
  const block = text.slice(start, end);
  if (new RegExp(`^  ${id}:`, 'm').test(block)) return text;
  const searched = options.fixture ? /^sources:\n\s+- id: ([\w-]+)/m.exec(text)?.[1] : undefined;
  const later = order.slice(order.indexOf(id) + 1);
  for (const next of later) {
    const at = new RegExp(`^  ${next}:\n`, 'm').exec(block);
    if (at) return text.slice(0, start + at.index) + entry(id, searched) + text.slice(start + at.index);
  }
  return text.slice(0, end) + entry(id, searched) + text.slice(end);
}
