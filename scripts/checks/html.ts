/** HTML validity of built pages with html-validate: Astro 7 no longer repairs invalid HTML. */
import { HtmlValidate } from 'html-validate';
import type { BuiltPage } from './dist-files.ts';

export interface HtmlProblem {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
}

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Prettier-style void elements (<meta />) are valid HTML; style is not validity.
    'void-style': 'off',
    // Pagefind Component UI elements are custom elements, which HTML allows.
    'no-unknown-elements': 'off',
    // Long inline styles and inline scripts are ours and deliberate (one inlined stylesheet, one lazy loader).
    'no-inline-style': 'off',
    // Typographic quotes in prose are fine.
    'no-raw-characters': 'off',
  },
});

/** Every html-validate error on the given pages, with file, line and column. */
export async function checkHtml(pages: readonly Pick<BuiltPage, 'file' | 'html'>[]): Promise<HtmlProblem[]> {
  const problems: HtmlProblem[] = [];
  for (const page of pages) {
    // html-validate parses leniently past the end of the document; anything after </html> is a defect of ours.
    const end = page.html.search(/<\/html>/i);
    if (end >= 0 && page.html.slice(end + '</html>'.length).trim() !== '') {
      const line = page.html.slice(0, end).split('\n').length;
      problems.push({
        file: page.file,
        line,
        column: 1,
        rule: 'content-after-html',
        message: 'content after </html> (a stylesheet or script placed outside the layout)',
      });
    }
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const message of result.messages) {
        if (message.severity < 2) continue;
        problems.push({ file: page.file, line: message.line, column: message.column, rule: message.ruleId, message: message.message });
      }
    }
  }
  return problems;
}
