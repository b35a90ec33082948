/**
 * A catalogue of malformed content. Each case breaks one thing in a valid fixture; the exact lines the
 * validator prints (file:line: field — what was expected) are locked with inline snapshots, so a change
 * of wording is a reviewed change.
 */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem, validateContent } from '../src/tooling/validate-content.ts';

const VALID = join(import.meta.dirname, 'fixtures/valid');
const JP = 'src/content/jurisdictions/jp.mdx';
const NSG = 'src/content/regimes/nsg.mdx';
const roots: string[] = [];
afterAll(async () => Promise.all(roots.map((root) => rm(root, { recursive: true, force: true }))));

/** Replaces `from` by `to` in a copy of the valid fixture (optionally writing `extra` files) and returns every line printed. */
async function reject(
  file: string,
  from: string,
  to: string,
  { also = [], extra = {} }: { also?: [string, string][]; extra?: Record<string, string> } = {},
): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), 'atlas-malformed-'));
  roots.push(root);
  await cp(VALID, root, { recursive: true });
  let text = await readFile(join(root, file), 'utf8');
  for (const [before, after] of [[from, to], ...also] as [string, string][]) {
    if (!text.includes(before)) throw new Error(`fixture has no ${JSON.stringify(before)}`);
    text = text.replace(before, after);
  }
  await writeFile(join(root, file), text);
  for (const [path, text] of Object.entries(extra)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  const { problems } = await validateContent(root);
  const lines = problems.map(formatProblem);
  for (const line of lines)
    expect(line).toMatch(/^src\/content\/(jurisdictions|regimes|standards|reference|concepts|control-lists|crosswalk)\/[a-z0-9-]+\.mdx(:\d+)?: /);
  return lines;
}

describe('valid fixture', () => {
  it('passes validation with no problem, so each case below fails for its own reason', async () => {
    const { problems, jurisdictions, regimes } = await validateContent(VALID);
    expect(problems).toEqual([]);
    expect([jurisdictions.length, regimes.length]).toEqual([1, 1]);
  });
});

describe('values', () => {
  it('rejects a number written as text, naming the special values once', async () => {
    expect(await reject(JP, 'value: 10\n', 'value: "ten"\n')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:216: facts.criminalMaxImprisonmentYears.value — expected a number (years) or life (or none / not-applicable / unknown), got text "ten"",
      ]
    `);
  });

  it('rejects a number written with thousands separators, with a hint', async () => {
    expect(await reject(JP, 'amount: 30000000', 'amount: 30,000,000')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:224: facts.criminalMaxFine.value.amount — expected the amount as a number, got text "30,000,000": write the number without thousands separators, e.g. 30000000",
      ]
    `);
  });

  it('rejects a boolean written as text', async () => {
    expect(await reject(JP, 'brokeringControls:\n    value: true', 'brokeringControls:\n    value: "yes"')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:99: facts.brokeringControls.value — expected true or false (or none / not-applicable / unknown), got text "yes"",
      ]
    `);
  });

  it('rejects a negative prison term', async () => {
    expect(await reject(JP, 'value: 10\n', 'value: -3\n')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:216: facts.criminalMaxImprisonmentYears.value — expected a number (years) or life, not negative, got -3",
      ]
    `);
  });

  it('rejects an option that is not in the dimension’s list', async () => {
    expect(await reject(JP, 'value: [informed, knowledge]', 'value: [informed, rumour]')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:147: facts.catchAllTrigger.value[1] — expected a list of informed, knowledge, reason-to-suspect, got text "rumour"",
      ]
    `);
  });

  it('suggests the option meant by a misspelt one', async () => {
    expect(await reject(JP, 'value: [informed, knowledge]', 'value: [informed, reason-to-suspekt]')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:147: facts.catchAllTrigger.value[1] — expected a list of informed, knowledge, reason-to-suspect, got text "reason-to-suspekt": did you mean "reason-to-suspect"?",
      ]
    `);
  });

  it('rejects an unknown currency', async () => {
    expect(await reject(JP, 'currency: JPY', 'currency: YEN')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:225: facts.criminalMaxFine.value.currency — expected an ISO 4217 currency code such as USD or EUR, got "YEN"",
      ]
    `);
  });

  it('rejects an amount without a currency', async () => {
    expect(await reject(JP, '      currency: JPY\n', '')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:224: facts.criminalMaxFine.value.currency — expected the ISO 4217 currency of the amount, e.g. currency: USD",
      ]
    `);
  });

  it('rejects a special value without a note', async () => {
    expect(await reject(JP, 'brokeringControls:\n    value: true', 'brokeringControls:\n    value: none')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:99: facts.brokeringControls.note — expected a note explaining "none" (for unknown: what was searched)",
      ]
    `);
  });
});

describe('facts and dimensions', () => {
  it('rejects a fact without a source', async () => {
    expect(await reject(JP, 'sources:\n      - ref: primary-law\n        pinpoint: Art. 25(4)', 'sources: []')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:101: facts.brokeringControls.sources — expected at least one source: every fact except \`unknown\` is sourced to a pinpoint, got []",
      ]
    `);
  });

  it('rejects a citation without a pinpoint', async () => {
    expect(await reject(JP, '        pinpoint: Art. 25(4)\n', '')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:102: facts.brokeringControls.sources[0].pinpoint — required field is missing: expected a pinpoint (article, section, paragraph, annex or page)",
      ]
    `);
  });

  it('rejects a misspelt field in a citation, suggesting the right one', async () => {
    expect(await reject(JP, '        pinpoint: Art. 25(4)\n', '        pinpont: Art. 25(4)\n')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:102: facts.brokeringControls.sources[0].pinpoint — required field is missing: expected a pinpoint (article, section, paragraph, annex or page)",
        "src/content/jurisdictions/jp.mdx:103: facts.brokeringControls.sources[0].pinpont — unknown field "pinpont": remove it or check its spelling: did you mean "pinpoint"?",
      ]
    `);
  });

  it('rejects a dimension that does not exist, suggesting the one meant', async () => {
    expect(await reject(JP, '  brokeringControls:\n', '  brokeringControl:\n')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:21: facts.brokeringControls — missing fact for dimension "brokeringControls" (write value: unknown, with a note and the texts searched, if it is not established yet)",
        "src/content/jurisdictions/jp.mdx:99: facts.brokeringControl — unknown dimension "brokeringControl": not in the registry (src/schemas/dimensions.ts): did you mean "brokeringControls"?",
      ]
    `);
  });

  it('rejects a derived dimension written in a profile', async () => {
    expect(await reject(JP, 'facts:\n', 'facts:\n  wassenaarStatus:\n    value: participant\n    verification: primary\n')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:22: facts.wassenaarStatus — "wassenaarStatus" is derived from the regime member lists (src/content/regimes): remove it here",
      ]
    `);
  });

  it('rejects a dimension left out', async () => {
    expect(
      await reject(
        JP,
        '  publicConsultation:\n    value: unknown\n    verification: unverified\n    searched:\n      - ref: commentary\n        pinpoint: whole text\n    note: Not yet researched.\n',
        '',
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:21: facts.publicConsultation — missing fact for dimension "publicConsultation" (write value: unknown, with a note and the texts searched, if it is not established yet)",
      ]
    `);
  });

  it('rejects an invalid verification level', async () => {
    expect(await reject(JP, 'verification: primary\n', 'verification: confirmed\n')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:100: facts.brokeringControls.verification — expected one of primary, secondary, unverified, got text "confirmed"",
      ]
    `);
  });

  it('rejects an unknown value with a primary verification level', async () => {
    expect(
      await reject(
        JP,
        '  publicConsultation:\n    value: unknown\n    verification: unverified',
        '  publicConsultation:\n    value: unknown\n    verification: primary',
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:311: facts.publicConsultation.verification — expected verification "unverified" for an unknown value, got text "primary"",
      ]
    `);
  });

  it('rejects an unknown value that does not say what was searched (a publish rule, enforced by the validator)', async () => {
    expect(
      await reject(
        JP,
        '  publicConsultation:\n    value: unknown\n    verification: unverified\n    searched:\n      - ref: commentary\n        pinpoint: whole text\n',
        '  publicConsultation:\n    value: unknown\n    verification: unverified\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:310: facts.publicConsultation.searched — expected the texts searched without finding the answer, as { ref, pinpoint }: an unknown says where we looked",
      ]
    `);
  });

  it('rejects an unknown value that lists what was searched as sources', async () => {
    expect(
      await reject(
        JP,
        '  publicConsultation:\n    value: unknown\n    verification: unverified\n    searched:',
        '  publicConsultation:\n    value: unknown\n    verification: unverified\n    sources:',
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:313: facts.publicConsultation.sources — expected no sources for an unknown value: list the texts searched under \`searched\` instead, got [{"ref":"commentary","pinpoint":"whole text"}]",
      ]
    `);
  });

  it('rejects Markdown in a note, which the page would print literally', async () => {
    expect(
      await reject(
        JP,
        '        pinpoint: Art. 25(4)\n',
        '        pinpoint: Art. 25(4)\n    note: >-\n      Two routes:\n      - **licence:** for listed goods.\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:104: facts.brokeringControls.note — expected plain text: Markdown (**bold**, list items, headings, links) would be shown literally; write it as prose, got text "Two routes: - **licence:** for listed goods."",
      ]
    `);
  });

  it('rejects a quotation language that is not a language tag', async () => {
    expect(
      await reject(
        JP,
        '        pinpoint: Art. 25(4)\n',
        '        pinpoint: Art. 25(4)\n    quote: Kein Export ohne Genehmigung.\n    quoteLanguage: de_DE\n    translation: No export without a licence.\n    translationBy: unofficial\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:105: facts.brokeringControls.quoteLanguage — expected a BCP 47 language tag such as de, fr, ja, zh or ko, got "de_DE"",
      ]
    `);
  });

  it('asks a quotation in another language for its English translation and who made it', async () => {
    const problems = await reject(
      JP,
      '        pinpoint: Art. 25(4)\n',
      '        pinpoint: Art. 25(4)\n    quote: Kein Export ohne Genehmigung.\n    quoteLanguage: de\n',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^src\/content\/jurisdictions\/jp\.mdx:\d+: facts\.brokeringControls\.translation — expected an English translation of the de quote/,
    );
    const half = await reject(
      JP,
      '        pinpoint: Art. 25(4)\n',
      '        pinpoint: Art. 25(4)\n    quote: Kein Export ohne Genehmigung.\n    quoteLanguage: de\n    translation: No export without a licence.\n',
    );
    expect(half).toEqual([expect.stringMatching(/facts\.brokeringControls\.translationBy — expected translation and translationBy together/)]);
  });

  it('warns about an option id written into a note, which readers would see instead of its label', async () => {
    expect(
      await reject(
        JP,
        '        pinpoint: Art. 25(4)\n',
        '        pinpoint: Art. 25(4)\n    note: The statute also has a reason-to-suspect trigger.\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:104: warning: facts.brokeringControls.note — uses the option id "reason-to-suspect" in prose: write its label, “Reason to suspect”, which is what readers see",
      ]
    `);
  });

  it('warns about a note that tells how a text was looked up instead of where a reader finds it', async () => {
    expect(await reject(JP, '        pinpoint: Art. 25(4)\n', '        pinpoint: Art. 25(4)\n    note: Read in the stored copy of the page.\n'))
      .toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:104: warning: facts.brokeringControls.note — speaks of how the text was looked up ("stored copy"): say what was read and where a reader finds it (URL, journal reference, repository and path)",
      ]
    `);
  });
});

describe('member states of a union', () => {
  it('asks every answered fact of a member state for its basis, naming the union', async () => {
    expect(await reject(JP, 'kind: state\n', 'kind: state\nmemberOf: eu\n')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:100: facts.brokeringControls.basis — expected basis: union (the eu rule applied), national (a national choice) or both, because the jurisdiction is a member of eu",
        "src/content/jurisdictions/jp.mdx:148: facts.catchAllTrigger.basis — expected basis: union (the eu rule applied), national (a national choice) or both, because the jurisdiction is a member of eu",
        "src/content/jurisdictions/jp.mdx:217: facts.criminalMaxImprisonmentYears.basis — expected basis: union (the eu rule applied), national (a national choice) or both, because the jurisdiction is a member of eu",
        "src/content/jurisdictions/jp.mdx:224: facts.criminalMaxFine.basis — expected basis: union (the eu rule applied), national (a national choice) or both, because the jurisdiction is a member of eu",
      ]
    `);
  });

  it('rejects a basis outside the options, and a basis on a state that is not a member of a union', async () => {
    expect(
      await reject(
        JP,
        '  brokeringControls:\n    value: true\n    verification: primary\n',
        '  brokeringControls:\n    value: true\n    verification: primary\n    basis: eu\n',
      ),
    ).toMatchInlineSnapshot(`
        [
          "src/content/jurisdictions/jp.mdx:101: facts.brokeringControls.basis — expected no basis: it records how a member state applies a union’s rule; set memberOf for a member state",
          "src/content/jurisdictions/jp.mdx:101: facts.brokeringControls.basis — expected one of union, national, both, got text "eu"",
        ]
      `);
  });
});

describe('concepts', () => {
  it('rejects a concept that shows a dimension the registry does not have', async () => {
    const concept = '---\nid: x\nname: X\nsummary: A test concept.\nexplanation: ["One paragraph."]\ndimensions: [deemedExport]\n---\n';
    expect(await reject(JP, 'kind: state', 'kind: state', { extra: { 'src/content/concepts/x.mdx': concept } })).toMatchInlineSnapshot(`
      [
        "src/content/concepts/x.mdx:6: dimensions[0] — expected a dimension id from the registry, got "deemedExport"",
      ]
    `);
  });
});

describe('re-checks', () => {
  it('rejects a re-check that names an undeclared copy', async () => {
    expect(
      await reject(
        JP,
        '        pinpoint: Art. 25(4)\n',
        '        pinpoint: Art. 25(4)\n    recheck:\n      date: 2026-12-06\n      read: primary-lw\n      confirmed: [value]\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:106: facts.brokeringControls.recheck.read — source "primary-lw" is not declared under sources: did you mean "primary-law"?",
      ]
    `);
  });

  it('rejects a re-check that says nothing about what it confirmed', async () => {
    expect(
      await reject(
        JP,
        '        pinpoint: Art. 25(4)\n',
        '        pinpoint: Art. 25(4)\n    recheck:\n      date: 2026-12-06\n      read: primary-law\n      confirmed: []\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:107: facts.brokeringControls.recheck.confirmed — expected what the re-check confirmed: any of value, pinpoint, quotation, currency, got []",
      ]
    `);
  });
});

describe('sources and provenance', () => {
  it('rejects a dangling source id, suggesting the declared one', async () => {
    expect(await reject(JP, 'ref: primary-law\n        pinpoint: Art. 69-6\n', 'ref: primary-laws\n        pinpoint: Art. 69-6\n'))
      .toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:219: facts.criminalMaxImprisonmentYears.sources[0].ref — source "primary-laws" is not declared under sources: did you mean "primary-law"?",
      ]
    `);
  });

  it('reports a dangling source id even when the same file has schema errors', async () => {
    expect(
      await reject(JP, 'ref: primary-law\n        pinpoint: Art. 69-6\n', 'ref: fewg-act\n        pinpoint: Art. 69-6\n', {
        also: [['kind: state\n', 'kind: country\n']],
      }),
    ).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:4: kind — expected state or union, got text "country"",
        "src/content/jurisdictions/jp.mdx:219: facts.criminalMaxImprisonmentYears.sources[0].ref — source "fewg-act" is not declared under sources (declared: primary-law, commentary)",
      ]
    `);
  });

  it('rejects a source without the copy that was read', async () => {
    expect(await reject(JP, '    copy: official-translation\n', '')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:8: sources[0].copy — expected one of official, official-translation, unofficial-reproduction, secondary-analysis (which copy was read)",
      ]
    `);
  });

  it('rejects a misspelt copy, suggesting the right one', async () => {
    expect(await reject(JP, '    copy: official-translation\n', '    copy: official-translaton\n')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:12: sources[0].copy — expected one of official, official-translation, unofficial-reproduction, secondary-analysis (which copy was read), got text "official-translaton": did you mean "official-translation"?",
      ]
    `);
  });

  it('rejects a primary fact that cites only an unofficial reproduction', async () => {
    expect(await reject(JP, '    copy: official-translation\n', '    copy: unofficial-reproduction\n')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:100: facts.brokeringControls.verification — expected "secondary": a primary fact must cite an official copy (copy: official or official-translation) of the legal text (kind statute, regulation or treaty); it cites primary-law (statute, unofficial-reproduction)",
      ]
    `);
  });

  it('rejects a primary rule of law that cites only an official guidance page', async () => {
    expect(await reject(JP, '    kind: statute\n    copy: official-translation\n', '    kind: guidance\n    copy: official\n'))
      .toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:100: facts.brokeringControls.verification — expected "secondary": a primary fact must cite an official copy (copy: official or official-translation) of the legal text (kind statute, regulation or treaty); it cites primary-law (guidance, official)",
      ]
    `);
  });

  it('rejects a source URL that is not https', async () => {
    expect(await reject(JP, 'url: https://www.japaneselawtranslation.go.jp/', 'url: http://www.japaneselawtranslation.go.jp/'))
      .toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:10: sources[0].url — expected a full https:// URL, got text "http://www.japaneselawtranslation.go.jp/en/laws/view/3760"",
      ]
    `);
  });

  it('rejects an impossible date', async () => {
    expect(await reject(JP, 'lastReviewed: 2026-11-01', 'lastReviewed: 2026-02-30')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:6: lastReviewed — expected a real date written YYYY-MM-DD, got text "2026-02-30"",
      ]
    `);
  });

  it('rejects a date in the wrong format', async () => {
    expect(await reject(JP, 'checked: 2026-11-01\n  - id: commentary', 'checked: 1 November 2026\n  - id: commentary')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:14: sources[0].checked — expected a real date written YYYY-MM-DD, got text "1 November 2026"",
      ]
    `);
  });

  it('rejects a version date with an impossible month', async () => {
    expect(await reject(JP, "versionDate: '2022-05'", "versionDate: '2022-13'")).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:13: sources[0].versionDate — expected a date written YYYY, YYYY-MM or YYYY-MM-DD, with the precision the source gives, got text "2022-13"",
      ]
    `);
  });
});

describe('jurisdiction codes and files', () => {
  it('rejects a code that is not ISO 3166-1 alpha-2', async () => {
    expect(await reject(JP, 'id: jp', 'id: JPN')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:2: id — expected an assigned ISO 3166-1 alpha-2 code in lowercase (or "eu"), got "JPN"",
      ]
    `);
  });

  it('rejects an upper-case code, suggesting the lower-case one', async () => {
    expect(await reject(JP, 'id: jp', 'id: JP')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:2: id — expected an assigned ISO 3166-1 alpha-2 code in lowercase (or "eu"), got "JP": did you mean "jp"? (codes are lowercase)",
      ]
    `);
  });

  it('rejects a duplicate jurisdiction id in two files', async () => {
    const copy = await readFile(join(VALID, JP), 'utf8');
    expect(await reject(JP, 'id: jp', 'id: jp', { extra: { 'src/content/jurisdictions/japan.mdx': copy } })).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:2: id — duplicate jurisdiction id "jp": already used by src/content/jurisdictions/japan.mdx",
      ]
    `);
  });

  it('explains broken YAML', async () => {
    expect(await reject(JP, 'kind: state', 'kind: [state')).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:5: YAML syntax: Flow sequence in block collection must be sufficiently indented and end with a ]",
      ]
    `);
  });

  it('explains an unquoted value that contains ": "', async () => {
    expect(
      await reject(
        JP,
        '    note: Fixture value, not a researched fact.\n  criminalMaxFine',
        '    note: See Art. 69-6: the penalty.\n  criminalMaxFine',
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/content/jurisdictions/jp.mdx:221: YAML syntax: Nested mappings are not allowed in compact mappings. A value that contains ": " (e.g. note: Art. 5: the licence…) must be put in quotes: note: "Art. 5: the licence…", or written on the next lines after note: >-",
      ]
    `);
  });
});

describe('regimes', () => {
  it('rejects "uk" in a member list, suggesting "gb"', async () => {
    expect(await reject(NSG, '  - id: jp\n', '  - id: uk\n')).toMatchInlineSnapshot(`
      [
        "src/content/regimes/nsg.mdx:20: members[0].id — expected an assigned ISO 3166-1 alpha-2 code in lowercase (or "eu"), got "uk": did you mean "gb"? (United Kingdom; "uk" is only reserved)",
      ]
    `);
  });

  it('rejects a withdrawn code such as "su"', async () => {
    expect(await reject(NSG, '  - id: jp\n', '  - id: su\n')).toMatchInlineSnapshot(`
      [
        "src/content/regimes/nsg.mdx:20: members[0].id — expected an assigned ISO 3166-1 alpha-2 code in lowercase (or "eu"), got "su": the Soviet Union has no current code: use the successor state (e.g. "ru")",
      ]
    `);
  });

  it('rejects a member listed twice', async () => {
    expect(await reject(NSG, '  - id: eu\n', '  - id: jp\n')).toMatchInlineSnapshot(`
      [
        "src/content/regimes/nsg.mdx:24: members[1].id — "jp" is listed twice",
      ]
    `);
  });

  it('rejects an unknown member status', async () => {
    expect(await reject(NSG, 'status: observer', 'status: friend')).toMatchInlineSnapshot(`
      [
        "src/content/regimes/nsg.mdx:25: members[1].status — expected one of participant, state-party, signatory, adherent, observer, got text "friend"",
      ]
    `);
  });

  it('rejects a join date with an impossible month', async () => {
    expect(await reject(NSG, "joined: '1978'", "joined: '1978-13'")).toMatchInlineSnapshot(`
      [
        "src/content/regimes/nsg.mdx:22: members[0].joined — expected a date written YYYY, YYYY-MM or YYYY-MM-DD, with the precision the source gives, got text "1978-13"",
      ]
    `);
  });

  it('accepts a join year written without quotes and keeps it as written', async () => {
    const root = await mkdtemp(join(tmpdir(), 'atlas-year-'));
    roots.push(root);
    await cp(VALID, root, { recursive: true });
    const file = join(root, NSG);
    await writeFile(file, (await readFile(file, 'utf8')).replace("joined: '1978'", 'joined: 1978'));
    const { problems, regimes } = await validateContent(root);
    expect(problems).toEqual([]);
    expect(regimes[0]?.data.members.find((member) => member.id === 'jp')?.joined).toBe('1978');
  });

  it('rejects a source declared twice in a regime', async () => {
    expect(
      await reject(
        NSG,
        'members:\n',
        '  - id: participants\n    title: Again\n    kind: regime\n    copy: official\n    checked: 2026-11-01\n    verification: secondary\nmembers:\n',
      ),
    ).toMatchInlineSnapshot(`
      [
        "src/content/regimes/nsg.mdx:19: sources[1].id — duplicate source id "participants"",
      ]
    `);
  });

  it('rejects a regime source read as primary in an unofficial copy', async () => {
    expect(await reject(NSG, '    copy: official\n', '    copy: unofficial-reproduction\n')).toMatchInlineSnapshot(`
      [
        "src/content/regimes/nsg.mdx:18: sources[0].verification — expected "secondary": a source read as primary must be an official copy (copy: official or official-translation), got copy "unofficial-reproduction"",
      ]
    `);
  });

  it('rejects a member list whose completeness cites an undeclared source', async () => {
    expect(await reject(NSG, '  source: participants\nsources:', '  source: participant-list\nsources:')).toMatchInlineSnapshot(`
      [
        "src/content/regimes/nsg.mdx:10: memberList.source — source "participant-list" is not declared under sources: did you mean "participants"?",
      ]
    `);
  });

  it('rejects a member list without its completeness and date', async () => {
    expect(await reject(NSG, "memberList:\n  complete: true\n  asOf: '2026-11'\n  source: participants\n", '')).toMatchInlineSnapshot(`
      [
        "src/content/regimes/nsg.mdx: memberList — required field is missing: expected memberList: { complete: true or false, asOf: date of the list, source: id of the list’s source }",
      ]
    `);
  });
});

describe('error lines', () => {
  it('point at the line of the broken field', async () => {
    const root = await mkdtemp(join(tmpdir(), 'atlas-line-'));
    roots.push(root);
    await cp(VALID, root, { recursive: true });
    const file = join(root, JP);
    const text = (await readFile(file, 'utf8')).replace('value: 10\n', 'value: "ten"\n');
    await writeFile(file, text);
    const { problems } = await validateContent(root);
    expect(problems[0]?.line).toBe(text.split('\n').findIndex((line) => line.includes('value: "ten"')) + 1);
  });

  it('are sorted by file and line', async () => {
    const lines = await reject(JP, 'lastReviewed: 2026-11-01', 'lastReviewed: 2026-02-30', {
      also: [
        ['value: 10\n', 'value: "ten"\n'],
        ['id: jp', 'id: JP'],
      ],
    });
    expect(lines.length).toBe(3);
    const sorted = [...lines].sort((a, b) => {
      const [fa, la] = a.split(':');
      const [fb, lb] = b.split(':');
      return fa!.localeCompare(fb!) || Number(la) - Number(lb);
    });
    expect(lines).toEqual(sorted);
  });

  it('rejects a crosswalk entry that infers a number, cites nothing for a counterpart, leaves a list out, cites an undeclared copy or has no date in force', async () => {
    const list = (id: string) =>
      `---\nid: ${id}\nname: ${id} list\nshortName: ${id}\nsources:\n  - id: ${id}-list\n    title: The ${id} list\n    kind: regulation\n    copy: official\n    checked: 2026-12-06\n---\n`;
    const lists = Object.fromEntries(
      ['wassenaar', 'eu', 'us', 'gb', 'jp', 'cn', 'kr'].map((id) => [`src/content/control-lists/${id}.mdx`, list(id)]),
    );
    const entry = [
      '---',
      'id: us-3a090',
      'name: Advanced-computing integrated circuits',
      'area: advanced-computing',
      'summary: High-end AI chips.',
      'anchor: us',
      'nationalOnly: true',
      'columns:',
      '  us:',
      '    number: "3A090"',
      '    relation: anchor',
      '    cite: { ref: us-list, pinpoint: ECCN 3A090 }',
      '  wassenaar:',
      '    relation: none',
      '    cite: { ref: the-wassenaar-list, pinpoint: Category 3 }',
      '  eu:',
      '    number: "3A090"',
      '    relation: not-checked',
      '  gb:',
      '    number: "3A090"',
      '    relation: equivalent',
      '  jp: { relation: not-checked }',
      '  cn: { relation: not-checked }',
      '---',
      '',
    ].join('\n');
    const problems = await reject(JP, 'lastReviewed:', 'lastReviewed:', { extra: { ...lists, 'src/content/crosswalk/us-3a090.mdx': entry } });
    expect(problems).toEqual([
      'src/content/crosswalk/us-3a090.mdx:9: columns.kr — expected the kr column (use relation: not-checked where the list could not be read)',
      'src/content/crosswalk/us-3a090.mdx:10: columns.us.inForce — expected the date the national-only entry took effect (or inForceNote saying what was read where it could not be established)',
      'src/content/crosswalk/us-3a090.mdx:17: columns.eu.number — expected no number or citation on a list not checked: never infer an entry from a number’s shape',
      'src/content/crosswalk/us-3a090.mdx:20: columns.gb.cite — expected the list read, with the entry as pinpoint (relation equivalent)',
    ]);
    // Once the entry is well formed, each citation must name a copy its own list declares.
    const fixed = entry
      .replace('    relation: anchor\n', '    relation: anchor\n    inForce: 2022-10-07\n')
      .replace('  eu:\n    number: "3A090"\n    relation: not-checked', '  eu:\n    relation: not-checked')
      .replace('  gb:\n    number: "3A090"\n    relation: equivalent', '  gb:\n    relation: not-checked')
      .replace('  cn: { relation: not-checked }', '  cn: { relation: not-checked }\n  kr: { relation: not-checked }');
    expect(await reject(JP, 'lastReviewed:', 'lastReviewed:', { extra: { ...lists, 'src/content/crosswalk/us-3a090.mdx': fixed } })).toEqual([
      'src/content/crosswalk/us-3a090.mdx: columns.wassenaar.cite.ref — source "the-wassenaar-list" is not declared in src/content/control-lists/wassenaar.mdx (declared: wassenaar-list)',
    ]);
  });
});
