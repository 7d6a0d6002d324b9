/**
 * Writing cells into a user's worksheet part: only the <c> elements we write change (and a <row> we add
 * or open up); everything else in the part — views, validations, conditional formats, merges, page setup,
 * drawing references, the other cells — stays as it was, character for character.
 */
import { parseA1, toA1 } from '../engine/a1';
import type { CellValue } from '../engine/snapshot';
import { cellXml } from './cell-xml';
import { parseCellRef } from './cell-scan';
import { splice, type StyleBook } from './styles';
import { shiftFormula } from './formula-text';
import { TagCursor, escapeXml, unescapeXml } from './xml';

export interface CellEdit {
  sheet: string;
  cell: string; // A1
  value: CellValue;
  formula?: string;
  numberFormat?: string;
}

interface CellSpan {
  col: number;
  start: number;
  end: number;
  style: number;
}

interface RowSpan {
  row: number;
  start: number;
  /** End of the start tag. */
  openEnd: number;
  /** Start of </row> (= openEnd for <row/>). */
  close: number;
  selfClosing: boolean;
  cells: CellSpan[];
}

interface SheetLayout {
  prefix: string;
  /** Where new rows go when the sheet has none after them: the start of </sheetData>. */
  dataClose: number;
  /** A self-closing <sheetData/> to open up. */
  emptyData: { start: number; end: number } | null;
  rows: RowSpan[];
}

function layoutOf(xml: string): SheetLayout {
  const cursor = new TagCursor(xml);
  const rows: RowSpan[] = [];
  let layout: SheetLayout | null = null;
  let row: RowSpan | null = null;
  let cell: CellSpan | null = null;
  let nextRow = 0;
  let nextCol = 0;
  while (cursor.next()) {
    const tag = cursor.tag;
    if (tag.name === 'sheetData') {
      const qualified = xml.slice(tag.start + (tag.closing ? 2 : 1), xml.indexOf('sheetData', tag.start));
      if (tag.selfClosing)
        return { prefix: qualified, dataClose: -1, emptyData: { start: tag.start, end: tag.end }, rows };
      if (tag.closing) return { prefix: qualified, dataClose: tag.start, emptyData: null, rows };
      layout = { prefix: qualified, dataClose: -1, emptyData: null, rows };
    } else if (tag.name === 'row' && layout) {
      if (tag.closing) {
        if (row) row.close = tag.start;
        row = null;
        continue;
      }
      const r = cursor.attr('r');
      nextRow = r === undefined ? nextRow + 1 : Number(r);
      nextCol = 0;
      row = {
        row: nextRow - 1,
        start: tag.start,
        openEnd: tag.end,
        close: tag.end,
        selfClosing: tag.selfClosing,
        cells: [],
      };
      rows.push(row);
      if (tag.selfClosing) row = null;
    } else if (tag.name === 'c' && row) {
      if (tag.closing) {
        if (cell) cell.end = tag.end;
        cell = null;
        continue;
      }
      const ref = cursor.attr('r');
      const col = (ref ? parseCellRef(ref)?.col : undefined) ?? nextCol;
      nextCol = col + 1;
      cell = { col, start: tag.start, end: tag.end, style: Number(cursor.attr('s') ?? 0) };
      row.cells.push(cell);
      if (tag.selfClosing) cell = null;
    }
  }
  throw new Error('worksheet without sheetData');
}

export interface PatchedSheet {
  xml: string;
  /** A formula cell was overwritten: the workbook's calculation chain no longer matches. */
  replacedFormula: boolean;
}

/** The worksheet part's text with the edits applied; new cell formats go into `styles`. */
export function patchSheetXml(xml: string, edits: readonly CellEdit[], styles: StyleBook): PatchedSheet {
  let replacedFormula = false;
  const layout = layoutOf(xml);
  const p = layout.prefix;
  const byRow = new Map<number, Array<{ col: number; edit: CellEdit }>>();
  for (const edit of edits) {
    const { row, col } = parseA1(edit.cell);
    const list = byRow.get(row) ?? [];
    list.push({ col, edit });
    byRow.set(row, list);
  }
  const rowAt = new Map(layout.rows.map((row) => [row.row, row]));
  const changes: Array<{ at: number; end: number; text: string }> = [];
  const newRows: Array<{ row: number; text: string }> = [];
  const masters: SharedMaster[] = [];
  for (const [rowIndex, list] of [...byRow].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.col - b.col);
    const existing = rowAt.get(rowIndex);
    const render = (col: number, edit: CellEdit, base: number) =>
      cellXml(
        toA1(rowIndex, col),
        {
          value: edit.value,
          formula: edit.formula,
          style: styles.styleFor(base, { numberFormat: edit.numberFormat }),
        },
        p,
      );
    if (!existing) {
      newRows.push({
        row: rowIndex,
        text: `<${p}row r="${rowIndex + 1}">${list.map(({ col, edit }) => render(col, edit, 0)).join('')}</${p}row>`,
      });
      continue;
    }
    const inserts: Array<{ at: number; text: string }> = [];
    for (const { col, edit } of list) {
      const same = existing.cells.find((cell) => cell.col === col);
      if (same) {
        const old = xml.slice(same.start, same.end);
        if (/<(\w+:)?f[\s>/]/.test(old)) replacedFormula = true;
        const master = sharedMaster(old, rowIndex, col);
        if (master) masters.push(master);
        changes.push({ at: same.start, end: same.end, text: render(col, edit, same.style) });
        continue;
      }
      const after = existing.cells.find((cell) => cell.col > col);
      inserts.push({ at: after ? after.start : existing.close, text: render(col, edit, 0) });
    }
    if (existing.selfClosing) {
      // <row r="5" …/> → <row r="5" …>cells</row>
      const open = xml.slice(existing.start, existing.openEnd).replace(/\s*\/>$/, '>');
      changes.push({
        at: existing.start,
        end: existing.openEnd,
        text: `${open}${inserts.map((i) => i.text).join('')}</${p}row>`,
      });
    } else for (const insert of inserts) changes.push({ at: insert.at, end: insert.at, text: insert.text });
  }
  for (const { row, text } of newRows) {
    const after = layout.rows.find((r) => r.row > row);
    const at = after ? after.start : layout.dataClose;
    if (layout.emptyData) continue;
    changes.push({ at, end: at, text });
  }
  if (layout.emptyData) {
    const body = newRows.map((r) => r.text).join('');
    changes.push({
      at: layout.emptyData.start,
      end: layout.emptyData.end,
      text: `<${p}sheetData>${body}</${p}sheetData>`,
    });
  }
  const edited = new Set(edits.map((edit) => edit.cell.replace(/\$/g, '').toUpperCase()));
  for (const master of masters) changes.push(...expandSharedFormula(xml, layout, master, edited));
  return { xml: splice(xml, mergeSameOffsets(changes)), replacedFormula };
}

interface SharedMaster {
  si: string;
  formula: string;
  row: number;
  col: number;
}

/** The shared formula a cell's XML defines for others (`<f t="shared" ref=… si=…>text</f>`), if any. */
function sharedMaster(cellText: string, row: number, col: number): SharedMaster | null {
  const match = /<(?:\w+:)?f\b([^>]*)>([^<]*)<\/(?:\w+:)?f>/.exec(cellText);
  if (!match || !/\bt="shared"/.test(match[1]) || !/\bref="/.test(match[1])) return null;
  const si = /\bsi="(\d+)"/.exec(match[1])?.[1];
  return si === undefined ? null : { si, formula: unescapeXml(match[2]), row, col };
}

/**
 * Overwriting the cell that holds a shared formula would leave the cells sharing it without a formula
 * (Excel reports the file as damaged): each of them gets the formula written out, slid to its position.
 */
function expandSharedFormula(
  xml: string,
  layout: SheetLayout,
  master: SharedMaster,
  edited: ReadonlySet<string>,
): Array<{ at: number; end: number; text: string }> {
  const changes: Array<{ at: number; end: number; text: string }> = [];
  const pattern = new RegExp(`<(\\w+:)?f\\b[^>]*\\bsi="${master.si}"[^>]*/>`);
  for (const row of layout.rows) {
    for (const cell of row.cells) {
      if (edited.has(toA1(row.row, cell.col))) continue;
      const text = xml.slice(cell.start, cell.end);
      const match = pattern.exec(text);
      if (!match || !/\bt="shared"/.test(match[0])) continue;
      const formula = shiftFormula(master.formula, row.row - master.row, cell.col - master.col);
      const at = cell.start + match.index;
      changes.push({
        at,
        end: at + match[0].length,
        text: `<${match[1] ?? ''}f>${escapeXml(formula)}</${match[1] ?? ''}f>`,
      });
    }
  }
  return changes;
}

/** Several insertions at one offset keep their order (splice sorts by offset only). */
function mergeSameOffsets(changes: Array<{ at: number; end: number; text: string }>) {
  const merged: Array<{ at: number; end: number; text: string }> = [];
  for (const change of changes) {
    const last = merged.find((m) => m.at === change.at && m.end === m.at && change.end === change.at);
    if (last) last.text += change.text;
    else merged.push({ ...change });
  }
  return merged;
}
