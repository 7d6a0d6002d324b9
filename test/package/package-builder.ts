/** Crafted packages for the reader/writer tests: a workbook with the given sheet XML bodies. */
import { entryOf, writeZip } from './zip-builder';

export interface CraftedSheet {
  name: string;
  /** The whole worksheet part, or just what goes inside <worksheet>. */
  xml: string;
  state?: 'hidden' | 'veryHidden';
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export function craftPackage(
  sheets: CraftedSheet[],
  extra: { sharedStrings?: string; styles?: string; definedNames?: string } = {},
): Buffer {
  const sheetXml = (sheet: CraftedSheet) =>
    sheet.xml.startsWith('<?xml') || sheet.xml.includes('<worksheet') || sheet.xml.includes(':worksheet')
      ? sheet.xml
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${sheet.xml}</worksheet>`;
  const entries = [
    entryOf(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        `<Default Extension="xml" ContentType="application/xml"/>` +
        `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
        sheets
          .map(
            (_, i) =>
              `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
          )
          .join('') +
        `</Types>`,
    ),
    entryOf(
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    entryOf(
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>` +
        sheets
          .map(
            (s, i) =>
              `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
          )
          .join('') +
        `</sheets>${extra.definedNames ?? ''}</workbook>`,
    ),
    entryOf(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        sheets
          .map(
            (_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
          )
          .join('') +
        (extra.sharedStrings
          ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`
          : '') +
        (extra.styles ? `<Relationship Id="rIdT" Type="${REL}/styles" Target="styles.xml"/>` : '') +
        `</Relationships>`,
    ),
    ...sheets.map((sheet, i) => entryOf(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet))),
    ...(extra.sharedStrings ? [entryOf('xl/sharedStrings.xml', extra.sharedStrings)] : []),
    ...(extra.styles ? [entryOf('xl/styles.xml', extra.styles)] : []),
  ];
  return writeZip(entries);
}
