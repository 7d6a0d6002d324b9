/**
 * Number formats: the built-in ids every reader knows (ECMA-376 §18.8.30, as Excel and exceljs name
 * them) and the cell formats of styles.xml resolved to format codes.
 */
import { TagCursor } from './xml';

export const BUILTIN_NUMBER_FORMATS: Readonly<Record<number, string>> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The built-in id of a format code, or undefined. */
export function builtinFormatId(code: string): number | undefined {
  for (const [id, text] of Object.entries(BUILTIN_NUMBER_FORMATS)) if (text === code) return Number(id);
  return undefined;
}

/** Format code of each cell format (cellXfs index); null for General. */
export function cellFormatCodes(stylesXml: string | null): Array<string | null> {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  const codes: Array<string | null> = [];
  const cursor = new TagCursor(stylesXml);
  let inCellXfs = false;
  while (cursor.next()) {
    const tag = cursor.tag;
    if (tag.name === 'numFmt' && !tag.closing) {
      custom.set(Number(cursor.attr('numFmtId')), cursor.attr('formatCode') ?? '');
    } else if (tag.name === 'cellXfs') {
      inCellXfs = !tag.closing && !tag.selfClosing;
    } else if (inCellXfs && tag.name === 'xf' && !tag.closing) {
      const id = Number(cursor.attr('numFmtId') ?? 0);
      const code = custom.get(id) ?? BUILTIN_NUMBER_FORMATS[id] ?? null;
      codes.push(code === 'General' ? null : code);
    }
  }
  return codes;
}
