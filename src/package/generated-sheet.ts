/**
 * A generated sheet (自评报告, 评估结果, the batch 汇总) as a worksheet part: column widths, row heights,
 * text cells (wrapped, '@' where asked), and the page setup (A4 portrait, fitted to the page width).
 */
import { columnName } from '../engine/a1';
import type { GeneratedCell, GeneratedSheet } from '../engine/model';
import { styleAttribute, valueCellXml } from './cell-xml';
import type { StyleBook } from './styles';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** ECMA-376 paper size code of A4. */
const PAPER_A4 = 9;

/** What only the batch summary asks for: a frozen, filterable header row. */
export interface SheetExtras {
  freezeHeader?: boolean;
  autoFilter?: boolean;
}

/**
 * The style attribute (` s="3"`) of a generated cell (StyleBook.styleFor on the default format), looked up
 * by its few style flags instead of building StyleBook's string key for each of the report's thousands of cells.
 */
function styleMemo(styles: StyleBook): (cell: GeneratedCell) => string {
  const byFormat = new Map<string | undefined, string[]>();
  return (cell) => {
    let known = byFormat.get(cell.numberFormat);
    if (!known) byFormat.set(cell.numberFormat, (known = []));
    const flags = (cell.bold ? 1 : 0) + (cell.wrap ? 2 : 0);
    return (known[flags] ??= styleAttribute(
      styles.styleFor(0, { bold: cell.bold, wrap: cell.wrap, numberFormat: cell.numberFormat }),
    ));
  };
}

export function generatedSheetXml(sheet: GeneratedSheet, styles: StyleBook, extras: SheetExtras = {}): string {
  const parts: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'];
  parts.push(`<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (sheet.page?.fitToWidth) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  if (extras.freezeHeader) {
    parts.push(
      '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>',
    );
  } else parts.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.columnWidths.length > 0) {
    parts.push('<cols>');
    sheet.columnWidths.forEach((width, index) => {
      parts.push(`<col min="${index + 1}" max="${index + 1}" width="${width}" customWidth="1"/>`);
    });
    parts.push('</cols>');
  }
  parts.push('<sheetData>');
  const rowCount = Math.max(sheet.rows.length, (sheet.rowHeights ?? []).length);
  // Markup built once, not per row or cell: `<c r="B` by column (a cell's start tag is this, the row
  // number and the style attribute) and the rest of a row's start tag by height (`" ht="18" customHeight="1">`).
  const cellStarts: string[] = [];
  const rowTagEnds = new Map<number | undefined, string>();
  const styleOf = styleMemo(styles);
  for (let row = 0; row < rowCount; row++) {
    const cells = sheet.rows[row] ?? [];
    const height = sheet.rowHeights?.[row];
    const rowNumber = String(row + 1);
    const refEnd = rowNumber + '"';
    let cellText = '';
    for (let col = 0; col < cells.length; col++) {
      if (!(col in cells)) continue; // a hole, as Array#map skips it
      const cell = cells[col];
      const styled = cell.bold || cell.wrap || cell.numberFormat;
      if (cell.value === null && !styled) continue;
      const start = (cellStarts[col] ??= `<c r="${columnName(col)}`) + refEnd + styleOf(cell);
      cellText += valueCellXml(start, cell.value);
    }
    if (!cellText && !height) continue;
    let tagEnd = rowTagEnds.get(height);
    if (tagEnd === undefined) rowTagEnds.set(height, (tagEnd = height ? `" ht="${height}" customHeight="1">` : '">'));
    parts.push('<row r="' + rowNumber + tagEnd + cellText + '</row>');
  }
  parts.push('</sheetData>');
  const width = sheet.rows[0]?.length ?? 0;
  if (extras.autoFilter && width > 0) parts.push(`<autoFilter ref="A1:${columnName(width - 1)}1"/>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (sheet.page) {
    const fit = sheet.page.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
    parts.push(`<pageSetup paperSize="${PAPER_A4}" orientation="${sheet.page.orientation}"${fit}/>`);
  }
  parts.push('</worksheet>');
  return parts.join('');
}
