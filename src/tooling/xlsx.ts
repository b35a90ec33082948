/**
 * The spreadsheet variant of a CSV download: a minimal Office Open XML workbook (one sheet, inline strings, numbers
 * as numbers), zipped with fflate. Spreadsheet programs open it with every character intact, which they do not
 * reliably do with a CSV (LibreOffice's import ignores the byte-order mark and reads "§" as "Â§"). Written by hand,
 * not with a workbook library, because the libraries stamp the build time into the file and dist/ must be
 * byte-identical across builds; the entries' times here are the release date.
 */
import { zipSync, strToU8 } from 'fflate';

/** A number as a spreadsheet should store it: no leading zeros (an id like "007" stays text), no exponent. */
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?$/;

const escapeXml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // Characters XML 1.0 forbids (control characters other than tab and line breaks).
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/** "A", "B", …, "Z", "AA", …: the column letters of a cell reference. */
function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function sheetXml(rows: readonly (readonly string[])[]): string {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          if (value === '') return '';
          const ref = `${column(c)}${r + 1}`;
          // The header row is always text; below it a cell that is a plain number is stored as one.
          if (r > 0 && NUMBER.test(value)) return `<c r="${ref}"><v>${value}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(value)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>${body}</sheetData></worksheet>`;
}

/** The workbook's bytes: one sheet named `sheetName`, the first row frozen as the header. */
export function xlsx(rows: readonly (readonly string[])[], sheetName: string, date: string): Uint8Array {
  const mtime = new Date(`${date}T00:00:00Z`);
  const file = (text: string): [Uint8Array, { mtime: Date }] => [strToU8(text), { mtime }];
  const name = escapeXml(sheetName.slice(0, 31));
  return zipSync(
    {
      '[Content_Types].xml': file(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      '_rels/.rels': file(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      'xl/workbook.xml': file(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${name}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': file(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': file(sheetXml(rows)),
    },
    { level: 6 },
  );
}
