/**
 * Reads MDX/YAML content files from disk for validation outside Astro. The data comes from js-yaml's core schema
 * (dates stay strings, duplicate keys fail), which is several times faster on large profiles; the line-aware
 * `yaml` parser runs only when a message needs a line number or a syntax error needs explaining.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';

/** The commonest YAML slips of people who do not write YAML every day, explained. */
const YAML_HINTS: Partial<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY:
    '. A value that contains ": " (e.g. note: Art. 5: the licence…) must be put in quotes: note: "Art. 5: the licence…", or written on the next lines after note: >-',
  MISSING_CHAR: '. Each line must be "field: value", and a value that contains ": " must be put in quotes',
};

/** Same frontmatter fence as Astro's own parser. */
const FRONTMATTER = /^(?:\uFEFF?)---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

export interface ContentFile {
  /** Path shown in messages, relative to the project root. */
  file: string;
  data: unknown;
  body: string;
  /** 1-based line of a field path in the file, when it can be found. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

export interface ParseFailure {
  file: string;
  line?: number;
  message: string;
}

/** Parses one file's frontmatter (or a whole .yaml file). */
export function parseContent(file: string, text: string): ContentFile | ParseFailure {
  let yamlText = text;
  let body = '';
  let offset = 0;
  if (!file.endsWith('.yaml')) {
    const match = FRONTMATTER.exec(text);
    if (!match) return { file, line: 1, message: 'expected YAML frontmatter between two lines of "---" at the top of the file' };
    yamlText = match[1] ?? '';
    body = text.slice(match[0].length);
    offset = 1;
  }
  let parsed: { doc: Document; lines: LineCounter } | undefined;
  const lineAware = () => {
    if (!parsed) {
      const lines = new LineCounter();
      parsed = { doc: parseDocument(yamlText, { lineCounter: lines, uniqueKeys: true, prettyErrors: false }), lines };
    }
    return parsed;
  };
  let data: unknown;
  try {
    data = load(yamlText, { schema: CORE_SCHEMA, filename: file });
  } catch {
    // Explain the error with the line-aware parser; where only js-yaml objects, take that parser's reading.
    const { doc, lines } = lineAware();
    const error = doc.errors[0];
    if (error) {
      return {
        file,
        line: lines.linePos(error.pos[0]).line + offset,
        message: `YAML syntax: ${error.message.split('\n')[0]}${YAML_HINTS[error.code] ?? ''}`,
      };
    }
    data = doc.toJS();
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { file, line: 1 + offset, message: 'expected the frontmatter to be a YAML mapping of fields' };
  }
  return {
    file,
    data,
    body,
    lineOf(path) {
      const { doc, lines } = lineAware();
      for (let depth = path.length; depth > 0; depth -= 1) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number, number, number] } | undefined;
        if (node?.range) return lines.linePos(node.range[0]).line + offset;
      }
      return undefined;
    },
  };
}

/** Lists content files (.mdx, .md, .yaml) below a folder, sorted so runs are deterministic. */
export async function listContentFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && /\.(mdx|md|yaml)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** Reads and parses every content file of one collection folder. */
export async function readCollection(root: string, folder: string): Promise<(ContentFile | ParseFailure)[]> {
  const files = await listContentFiles(join(root, folder));
  return Promise.all(files.map(async (path) => parseContent(relative(root, path), await readFile(path, 'utf8'))));
}

export function isParseFailure(result: ContentFile | ParseFailure): result is ParseFailure {
  return 'message' in result;
}
