/**
 * Language runs of a text: Chinese, Japanese and Korean passages inside English prose get their own
 * `lang`, so screen readers and fonts treat them right (WCAG 3.1.2).
 */
const CJK = '\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}\\u3000-\\u303f\\uff00-\\uffef';
const RUN = new RegExp(`[${CJK}]+(?:[\\s\\d·・()（）-]*[${CJK}]+)*`, 'gu');

export interface Run {
  text: string;
  lang?: string;
}

/** The language of one CJK run: kana means Japanese, hangul Korean; Han alone follows the hint (default Chinese). */
function runLanguage(run: string, hint: string | undefined): string {
  if (/[\p{sc=Hiragana}\p{sc=Katakana}]/u.test(run)) return 'ja';
  if (/\p{sc=Hangul}/u.test(run)) return 'ko';
  return hint && /^(zh|ja|ko)\b/.test(hint) ? hint : 'zh';
}

/** Splits `text` into runs; `hint` is the language of the document the text comes from, if known. */
export function languageRuns(text: string, hint?: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index) });
    runs.push({ text: match[0], lang: runLanguage(match[0], hint) });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last) });
  return runs;
}
