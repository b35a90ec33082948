/**
 * Words run together across inline elements ("YesSecondary source", "Release0.1.0"): Astro 7 drops the
 * whitespace between an expression or tag and text on the next line (`compressHTML: 'jsx'`), so a missing
 * `{' '}` shows only in the built page. This finds text glued to an inline element on either side.
 */
import type { HTMLElement, Node } from 'node-html-parser';
import type { BuiltPage } from './dist-files.ts';

export interface SpacingProblem {
  file: string;
  text: string;
}

const INLINE = new Set(['a', 'abbr', 'cite', 'code', 'em', 'span', 'strong', 'time', 'q', 'b', 'i']);
const TEXT_NODE = 3;

function lastChar(node: Node | undefined): string {
  return node?.text.at(-1) ?? ' ';
}

/** Every place in `main` where an inline element touches a word on its left or right without a space. */
export function checkSpacing(pages: readonly BuiltPage[]): SpacingProblem[] {
  const problems: SpacingProblem[] = [];
  for (const page of pages) {
    const main = page.root.querySelector('main');
    if (!main) continue;
    for (const element of main.querySelectorAll([...INLINE].join(','))) {
      const siblings = element.parentNode?.childNodes ?? [];
      const index = siblings.indexOf(element);
      const [before, after] = [siblings[index - 1], siblings[index + 1]];
      const text = (element as HTMLElement).text;
      // A language run inside a word ("ICP網站") is one word marked up, not two glued together.
      if (text.trim() === '' || element.getAttribute('lang')) continue;
      const glued =
        (before !== undefined && /[\p{L}\p{N}.,;:]/u.test(lastChar(before)) && /^[\p{L}\p{N}]/u.test(text)) ||
        (after !== undefined && /[\p{L}\p{N}]$/u.test(text) && /^[\p{L}\p{N}]/u.test(after.text) && after.nodeType === TEXT_NODE) ||
        (after !== undefined &&
          after.nodeType !== TEXT_NODE &&
          INLINE.has((after as HTMLElement).tagName?.toLowerCase() ?? '') &&
          /[\p{L}\p{N}.]$/u.test(text) &&
          /^[\p{L}\p{N}]/u.test(after.text));
      if (glued) problems.push({ file: page.file, text: `${before?.text.slice(-20) ?? ''}[${text.slice(0, 40)}]${after?.text.slice(0, 20) ?? ''}` });
    }
  }
  return problems;
}
