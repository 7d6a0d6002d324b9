/**
 * One worksheet part → its cells, in one pass of the tokenizer. Cells are sparse: a row array exists only
 * for a row that holds something, so a stray value at XFD1048576 costs one row, not a million.
 * Follows the snapshot conventions (src/engine/snapshot.ts): merged non-anchor cells read null, formulas
 * carry '=' and their cached value, errors are strings, a number Excel cannot hold is '#NUM!'.
 */
import { parseArea } from '../engine/a1';
import type { CellArea, CellValue } from '../engine/snapshot';
import { shiftFormula } from './formula-text';
import { CellScanner, parseCellRef } from './cell-scan';
import { TagCursor, decodeOoxmlEscapes, unescapeXml } from './xml';

export interface SheetCells {
  values: CellValue[][];
  formulas: (string | null)[][] | null;
  numberFormats: (string | null)[][] | null;
  merges: CellArea[];
  hiddenRows: number[];
  /** Formula cells saved without a cached value (written by generators that do not calculate). */
  uncached: Array<{ row: number; col: number }>;
}

/** Error value a non-finite number becomes (what Excel shows for a number it cannot hold). */
const NON_FINITE_NUMBER = '#NUM!';

function setAt<T>(grid: T[][], row: number, col: number, value: T, fill: T): void {
  let line = grid[row];
  if (line === undefined) line = grid[row] = [];
  while (line.length < col) line.push(fill);
  line[col] = value;
}

/** Text of a string item (<si> or <is>): its runs' <t> joined, phonetic runs (<rPh>) left out. */
export function stringItemText(xml: string, from: number, to: number): string {
  const cursor = new TagCursor(xml, from, to);
  let text = '';
  let phonetic = 0;
  while (cursor.next()) {
    const tag = cursor.tag;
    if (tag.name === 'rPh' && !tag.selfClosing) phonetic += tag.closing ? -1 : 1;
    else if (tag.name === 't' && !tag.closing && !tag.selfClosing && phonetic === 0) {
      const end = xml.indexOf('<', tag.end);
      text += xml.slice(tag.end, end);
      cursor.seek(end);
    }
  }
  return decodeOoxmlEscapes(unescapeXml(text));
}

/** r, s and t of a <c> start tag in one pass (the hot path: one call per cell). */
function cellAttributes(xml: string, start: number, end: number): { r?: string; s?: string; t?: string } {
  const found: { r?: string; s?: string; t?: string } = {};
  let at = xml.indexOf(' ', start);
  while (at >= 0 && at < end) {
    const eq = xml.indexOf('=', at);
    if (eq < 0 || eq >= end) break;
    const name = xml.slice(at, eq).trim();
    const quoteAt = eq + 1 + (xml.charCodeAt(eq + 1) === 0x20 ? 1 : 0);
    const quote = xml[quoteAt];
    const close = xml.indexOf(quote, quoteAt + 1);
    if (close < 0 || close >= end) break;
    if (name === 'r' || name === 's' || name === 't') found[name] = unescapeXml(xml.slice(quoteAt + 1, close));
    at = close + 1;
  }
  return found;
}

interface RawCell {
  type: string | undefined;
  value: string | null;
  inline: string | null;
  formula: string | null;
  shared: { si: string; master: boolean } | null;
}

/** Reads the children of a <c> element; leaves the cursor after </c>. */
function readCellChildren(cursor: TagCursor, type: string | undefined): RawCell {
  const xml = cursor.xml;
  const cell: RawCell = { type, value: null, inline: null, formula: null, shared: null };
  if (cursor.tag.selfClosing) return cell;
  while (cursor.next()) {
    const tag = cursor.tag;
    if (tag.closing) {
      if (tag.name === 'c') break;
      continue;
    }
    if (tag.name === 'v') {
      if (tag.selfClosing) cell.value = '';
      else {
        const end = xml.indexOf('<', tag.end);
        cell.value = unescapeXml(xml.slice(tag.end, end));
        cursor.seek(end);
      }
    } else if (tag.name === 'f') {
      const type = cursor.attr('t');
      const si = cursor.attr('si');
      if (type === 'shared' && si !== undefined) cell.shared = { si, master: cursor.attr('ref') !== undefined };
      if (!tag.selfClosing) {
        const end = xml.indexOf('</', tag.end);
        cell.formula = unescapeXml(xml.slice(tag.end, end));
        cursor.seek(end);
      } else if (type !== 'shared') cell.formula = '';
    } else if (tag.name === 'is' && !tag.selfClosing) {
      const end = findClose(xml, tag.end, 'is');
      cell.inline = stringItemText(xml, tag.end, end);
      cursor.seek(end);
    }
  }
  return cell;
}

function findClose(xml: string, from: number, name: string): number {
  const cursor = new TagCursor(xml, from);
  while (cursor.next()) if (cursor.tag.closing && cursor.tag.name === name) return cursor.tag.start;
  return xml.length;
}

function cellValue(cell: RawCell, strings: readonly string[]): CellValue {
  if (cell.type === 'inlineStr') {
    const raw = cell.value;
    return cell.inline ? cell.inline : raw ? decodeOoxmlEscapes(raw) : null;
  }
  return plainValue(cell.type, cell.value, strings);
}

/** The value of a cell of any type but an inline string, from its <v> text. */
function plainValue(type: string | undefined, raw: string | null, strings: readonly string[]): CellValue {
  switch (type) {
    case 's': {
      const text = raw === null ? undefined : strings[Number(raw)];
      return text === undefined || text === '' ? null : text;
    }
    case 'inlineStr':
      return raw ? decodeOoxmlEscapes(raw) : null;
    case 'str':
      return raw ? decodeOoxmlEscapes(raw) : null;
    case 'b':
      return raw === null || raw === '' ? null : raw === '1' || raw === 'true';
    case 'e':
      return raw ? raw : null;
    case 'd':
      return raw ? raw : null;
    default: {
      if (raw === null || raw.trim() === '') return null;
      const number = Number(raw);
      return Number.isFinite(number) ? number : NON_FINITE_NUMBER;
    }
  }
}

/**
 * The cells of one sheet as they are read: sparse grids, shared-formula masters, cells without a cached
 * value. Both ways of reading a <c> (the common form, ./cell-scan; any other, the tokenizer) end here.
 */
class SheetCellsBuilder {
  readonly values: CellValue[][] = [];
  formulas: (string | null)[][] | null = null;
  numberFormats: (string | null)[][] | null = null;
  readonly hiddenRows: number[] = [];
  readonly uncached: SheetCells['uncached'] = [];
  private readonly sharedMasters = new Map<string, { formula: string; row: number; col: number }>();
  /** Position of the current cell: a cell or row without a reference follows the one before. */
  private row = -1;
  private col = -1;

  constructor(
    private readonly strings: readonly string[],
    private readonly formats: ReadonlyArray<string | null>,
  ) {}

  /** A <row>: its r (1-based) if written. */
  startRow(r: number | undefined, hidden: boolean): void {
    this.row = r === undefined ? this.row + 1 : r - 1;
    this.col = -1;
    if (hidden) this.hiddenRows.push(this.row);
  }

  /** A <c>: at its reference, or next to the cell before. */
  moveTo(position: { row: number; col: number } | null): void {
    if (position) {
      this.row = position.row;
      this.col = position.col;
    } else this.col += 1;
  }

  add(cell: RawCell, style: number | undefined): void {
    const { row, col } = this;
    let formula = cell.formula;
    if (cell.shared) {
      const master = this.sharedMasters.get(cell.shared.si);
      if (cell.shared.master && formula) this.sharedMasters.set(cell.shared.si, { formula, row, col });
      else if (master) formula = shiftFormula(master.formula, row - master.row, col - master.col);
    }
    const value = cellValue(cell, this.strings);
    if (value === null && !formula) return;
    setAt(this.values, row, col, value, null);
    if (formula) {
      this.formulas ??= [];
      setAt(this.formulas, row, col, `=${formula}`, null);
      // No <v>, or an empty one on a cell that is not a string: nothing was calculated (openpyxl writes <v/>).
      if (cell.value === null || (cell.value === '' && cell.type !== 'str')) this.uncached.push({ row, col });
    }
    this.addFormat(row, col, style);
  }

  /**
   * A cell the scanner read (./cell-scan): its position, then its value from its type and <v> text. The
   * per-cell path of nearly every cell, so it is one call: tens of thousands per workbook, mostly run before
   * V8 optimises anything.
   */
  addScanned(scanner: CellScanner): void {
    if (scanner.row >= 0) {
      this.row = scanner.row;
      this.col = scanner.col;
    } else this.col += 1;
    // Without <v> a plain cell holds nothing, whatever its type or style (a fifth of a typical form).
    if (scanner.value === null) return;
    const value = plainValue(scanner.type, scanner.value, this.strings);
    if (value === null) return;
    const { row, col } = this;
    const line = this.values[row];
    // Cells come left to right: the common case appends to the row.
    if (line !== undefined && line.length === col) line.push(value);
    else setAt(this.values, row, col, value, null);
    if (scanner.style !== undefined) this.addFormat(row, col, scanner.style);
  }

  private addFormat(row: number, col: number, style: number | undefined): void {
    const format = style === undefined ? null : (this.formats[style] ?? null);
    if (format !== null) {
      this.numberFormats ??= [];
      setAt(this.numberFormats, row, col, format, null);
    }
  }
}

export function readSheetXml(
  xml: string,
  strings: readonly string[],
  formats: ReadonlyArray<string | null>,
  options: { fastCells?: boolean } = {},
): SheetCells {
  const cells = new SheetCellsBuilder(strings, formats);
  const merges: CellArea[] = [];
  const scanner = options.fastCells === false ? null : new CellScanner(xml);
  const cursor = new TagCursor(xml);
  while (cursor.next()) {
    const tag = cursor.tag;
    if (tag.closing) continue;
    if (tag.name === 'row') {
      const r = cursor.attr('r');
      const hidden = cursor.attr('hidden');
      cells.startRow(r === undefined ? undefined : Number(r), hidden === '1' || hidden === 'true');
    } else if (tag.name === 'c') {
      if (scanner?.read(tag.start)) {
        cursor.seek(scanCommonForm(scanner, tag.start, cells));
        continue;
      }
      const { r: ref, s: style, t: type } = cellAttributes(xml, tag.start, tag.end);
      cells.moveTo(ref === undefined ? null : parseCellRef(ref));
      cells.add(readCellChildren(cursor, type), style === undefined ? undefined : Number(style));
    } else if (tag.name === 'mergeCell') {
      if (scanner && scanner.readMerge(tag.start) !== null) {
        cursor.seek(scanMerges(scanner, tag.start, merges));
        continue;
      }
      const ref = cursor.attr('ref');
      if (ref) merges.push(parseArea(ref));
    }
  }
  const { values, formulas, numberFormats, hiddenRows, uncached } = cells;
  blankMergedCells(values, merges);
  merges.sort((a, b) => a.top - b.top || a.left - b.left || a.bottom - b.bottom || a.right - b.right);
  return { values, formulas, numberFormats, merges, hiddenRows, uncached };
}

/**
 * Reads rows and cells in the common form (./cell-scan) from `at` without the tokenizer, up to the first
 * element it cannot take; returns that element's offset, for the tokenizer to go on from.
 */
function scanCommonForm(scanner: CellScanner, at: number, cells: SheetCellsBuilder): number {
  const xml = scanner.xml;
  for (;;) {
    if (scanner.read(at)) {
      cells.addScanned(scanner);
      at = scanner.end;
      continue;
    }
    const next = xml.indexOf('<', at);
    if (next < 0) return at;
    if (xml.startsWith('</row>', next)) at = next + 6;
    else if (scanner.readRow(next)) {
      cells.startRow(scanner.rowNumber, scanner.hidden);
      at = scanner.end;
    } else return next;
  }
}

/** Merged areas written plainly, one after another from `at`; returns the offset past the last one. */
function scanMerges(scanner: CellScanner, at: number, merges: CellArea[]): number {
  for (let merge = scanner.readMerge(at); merge !== null; merge = scanner.readMerge(at)) {
    if (typeof merge !== 'string') merges.push(merge);
    else if (merge) merges.push(parseArea(merge));
    at = scanner.end;
  }
  return at;
}

/** A merged area's value sits only in its anchor; other covered cells read null. */
function blankMergedCells(values: CellValue[][], merges: readonly CellArea[]): void {
  for (const area of merges) {
    for (let r = area.top; r <= area.bottom && r < values.length; r++) {
      const line = values[r];
      if (line === undefined) continue;
      for (let c = area.left; c <= area.right && c < line.length; c++) {
        if (r !== area.top || c !== area.left) line[c] = null;
      }
    }
  }
}
