/**
 * Writes as plain data, before any Excel call: the write plan, fixes and undo records become a list of
 * operations, each with an estimated request size, cut into chunks that each fit in one Excel request
 * (Excel on the web refuses requests over 5 MB). Pure, so the chunking is tested without Excel.
 */
import { areaToA1, parseA1, toA1 } from '../engine/a1';
import type { CellWrite, Fix, GeneratedCell, GeneratedSheet } from '../engine/model';
import type { CellArea, CellValue, SheetVisibility } from '../engine/snapshot';

/** Default request budget: under Excel on the web's 5 MB with room for what the estimate misses. */
export const DEFAULT_PAYLOAD_LIMIT_BYTES = 4 * 1024 * 1024;
/** Excel's default column (8.43 characters) is 48 points wide. */
export const POINTS_PER_CHARACTER = 48 / 8.43;
/** Each queued API call carries object paths and action descriptors besides its arguments. */
const BYTES_PER_CALL = 256;

/** One cell to write: from the write plan, a fix, or an undo record. */
export interface CellTarget {
  sheet: string;
  address: string; // A1
  /** Written with `formulas` when set (leading '='), else `value` with `values`. */
  formula?: string | null;
  value: CellValue;
  numberFormat?: string;
}

/** What a cell held before the add-in wrote it. */
export interface PriorCell {
  sheet: string;
  address: string;
  value: CellValue;
  formula: string | null;
  numberFormat: string;
}

/** A generated sheet as it was before being replaced (a rectangle from origin, plus sheet properties). */
export interface PriorSheet {
  name: string;
  position: number;
  /** The sheets before it in tab order, nearest last: it goes back after the nearest one still there. */
  precededBy: string[];
  visibility: SheetVisibility;
  origin: { row: number; col: number };
  values: CellValue[][];
  formulas: (string | null)[][];
  numberFormats: string[][];
  bold: boolean[][];
  wrap: boolean[][];
  /** Width in points of each column from origin.col (null: not known). */
  columnWidths: (number | null)[];
}

/**
 * Everything needed to put the workbook back: prior cell states (first capture wins when records merge)
 * and, per generated sheet, its prior content or null when the add-in created it.
 */
export interface UndoRecord {
  cells: PriorCell[];
  sheets: Array<{ name: string; prior: PriorSheet | null }>;
}

export type WriteOperation =
  | { kind: 'cell'; target: CellTarget }
  | { kind: 'deleteSheet'; sheet: string }
  | { kind: 'addSheet'; sheet: string; position?: number; visibility?: SheetVisibility }
  | {
      kind: 'block';
      sheet: string;
      row: number;
      col: number;
      numberFormats: string[][];
      /** Written through `formulas` (constants and formulas alike) or `values`. */
      content: (string | number | boolean)[][];
      asFormulas: boolean;
    }
  | { kind: 'format'; sheet: string; address: string; bold?: boolean; wrap?: boolean }
  | { kind: 'columnWidth'; sheet: string; col: number; width: number }
  /** `rows` rows from `row` (consecutive rows of the same height are one call). */
  | { kind: 'rowHeight'; sheet: string; row: number; rows: number; height: number }
  /** Print setup (ExcelApi 1.9): the host drops it where the API is missing. */
  | { kind: 'pageLayout'; sheet: string; paper: 'A4'; orientation: 'portrait'; fitToWidth: boolean };

export class OversizedOperationError extends Error {
  constructor(
    readonly sheet: string,
    readonly row: number,
  ) {
    super(`operation on ${sheet} row ${row + 1} exceeds the payload limit`);
    this.name = 'OversizedOperationError';
  }
}

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Estimated request bytes of one operation (JSON of its arguments plus per-call overhead). */
export function estimateBytes(operation: WriteOperation): number {
  const calls = {
    cell: 4,
    deleteSheet: 2,
    addSheet: 3,
    block: 4,
    format: 4,
    columnWidth: 3,
    rowHeight: 3,
    pageLayout: 4,
  }[operation.kind];
  return utf8Length(JSON.stringify(operation)) + calls * BYTES_PER_CALL;
}

/** Greedy packing in order; a single operation over the limit cannot be sent. */
export function chunkOperations(operations: WriteOperation[], limitBytes: number): WriteOperation[][] {
  const chunks: WriteOperation[][] = [];
  let current: WriteOperation[] = [];
  let currentBytes = 0;
  for (const operation of operations) {
    const bytes = estimateBytes(operation);
    if (bytes > limitBytes) {
      const row = operation.kind === 'block' ? operation.row : 0;
      throw new OversizedOperationError('sheet' in operation ? operation.sheet : operation.target.sheet, row);
    }
    if (current.length > 0 && currentBytes + bytes > limitBytes) {
      chunks.push(current);
      current = [];
      currentBytes = 0;
    }
    current.push(operation);
    currentBytes += bytes;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

export function cellTargetFromWrite(write: CellWrite): CellTarget {
  return {
    sheet: write.sheet,
    address: write.cell,
    value: write.value,
    ...(write.formula ? { formula: write.formula } : {}),
    ...(write.numberFormat ? { numberFormat: write.numberFormat } : {}),
  };
}

export function cellTargetFromFix(fix: Fix): CellTarget {
  return {
    sheet: fix.sheet,
    address: fix.cell,
    value: fix.value,
    ...(fix.formula ? { formula: fix.formula } : {}),
    ...(fix.numberFormat ? { numberFormat: fix.numberFormat } : {}),
  };
}

export function cellKey(sheet: string, address: string): string {
  const { row, col } = parseA1(address);
  return `${sheet.toLowerCase()}!${toA1(row, col)}`;
}

/**
 * What one row adds to a block's JSON: its content array and its formats array, each with a separating
 * comma (the first row has none, so the sum overestimates by at most two bytes — the safe direction).
 */
function blockRowBytes(content: (string | number | boolean)[], numberFormats: string[] | undefined): number {
  const formatBytes = numberFormats === undefined ? 0 : utf8Length(JSON.stringify(numberFormats)) + 1;
  return utf8Length(JSON.stringify(content)) + 1 + formatBytes;
}

/**
 * Block operations for a rectangle of content, cut by rows so that each block fits in `limitBytes`. The
 * block's size is summed row by row as it grows (an empty block's estimate plus each row's), so the cost
 * is linear in the rows rather than re-serialising the growing block for every row added.
 */
function blockOperations(
  sheet: string,
  origin: { row: number; col: number },
  content: (string | number | boolean)[][],
  numberFormats: string[][],
  asFormulas: boolean,
  limitBytes: number,
): WriteOperation[] {
  const operations: WriteOperation[] = [];
  const make = (from: number, to: number): WriteOperation => ({
    kind: 'block',
    sheet,
    row: origin.row + from,
    col: origin.col,
    numberFormats: numberFormats.slice(from, to),
    content: content.slice(from, to),
    asFormulas,
  });
  let start = 0;
  while (start < content.length) {
    // A block always takes its first row (one row over the budget is reported when chunking).
    let bytes = estimateBytes(make(start, start)) + blockRowBytes(content[start], numberFormats[start]);
    let end = start + 1;
    // Grow the block row by row while it stays within half the budget (other operations share chunks).
    while (end < content.length) {
      const grown = bytes + blockRowBytes(content[end], numberFormats[end]);
      if (grown > limitBytes / 2) break;
      bytes = grown;
      end++;
    }
    operations.push(make(start, end));
    start = end;
  }
  return operations;
}

/**
 * Runs of `true` → A1 areas, so bold headings take one call per run, not per cell; the same run on
 * consecutive rows becomes one rectangle (the 自评报告's wrapped column is one call, not one per paragraph).
 */
function runs(sheet: string, flags: boolean[][], origin: { row: number; col: number }, key: 'bold' | 'wrap') {
  const open = new Map<string, CellArea>(); // "left:right" → the rectangle growing down
  const areas: CellArea[] = [];
  flags.forEach((line, r) => {
    const seen = new Set<string>();
    let c = 0;
    while (c < line.length) {
      if (!line[c]) {
        c++;
        continue;
      }
      const from = c;
      while (c < line.length && line[c]) c++;
      const span = `${from}:${c - 1}`;
      seen.add(span);
      const growing = open.get(span);
      if (growing && growing.bottom === origin.row + r - 1) growing.bottom = origin.row + r;
      else {
        const area = {
          top: origin.row + r,
          bottom: origin.row + r,
          left: origin.col + from,
          right: origin.col + c - 1,
        };
        open.set(span, area);
        areas.push(area);
      }
    }
    for (const span of [...open.keys()]) if (!seen.has(span)) open.delete(span);
  });
  return areas.map((area): WriteOperation => ({ kind: 'format', sheet, address: areaToA1(area), [key]: true }));
}

/**
 * Row heights in few calls: the commonest height for all rows at once, then runs of consecutive rows of
 * another height (the 200-table report: 5571 rows → about 1 300 calls instead of one per row).
 */
function rowHeightOperations(sheet: string, heights: readonly number[]): WriteOperation[] {
  const counts = new Map<number, number>();
  for (const height of heights) if (height > 0) counts.set(height, (counts.get(height) ?? 0) + 1);
  if (counts.size === 0) return [];
  // A base height for all rows only when every row has one (a row without keeps Excel's default).
  const common = heights.every((height) => height > 0) ? [...counts].sort((a, b) => b[1] - a[1])[0][0] : null;
  const operations: Array<WriteOperation & { kind: 'rowHeight' }> =
    common === null ? [] : [{ kind: 'rowHeight', sheet, row: 0, rows: heights.length, height: common }];
  const base = operations.length;
  heights.forEach((height, row) => {
    if (!(height > 0) || height === common) return;
    const last = operations[operations.length - 1];
    if (operations.length > base && last.height === height && last.row + last.rows === row) last.rows += 1;
    else operations.push({ kind: 'rowHeight', sheet, row, rows: 1, height });
  });
  return operations;
}

export function cellOperations(targets: CellTarget[]): WriteOperation[] {
  return targets.map((target) => ({ kind: 'cell', target }));
}

/**
 * Replace (or create) a generated sheet: delete the old one, add it again where it was, write every cell
 * with its number format first — text cells get '@' so a leading '=' or '+' stays text —, then bold/wrap
 * runs and column widths.
 */
export function generatedSheetOperations(
  generated: GeneratedSheet,
  existing: { position: number } | null,
  limitBytes: number,
): WriteOperation[] {
  const operations: WriteOperation[] = [];
  if (existing) operations.push({ kind: 'deleteSheet', sheet: generated.name });
  operations.push({ kind: 'addSheet', sheet: generated.name, ...(existing ? { position: existing.position } : {}) });
  const width = Math.max(1, ...generated.rows.map((row) => row.length));
  const cellAt = (row: GeneratedCell[], c: number): GeneratedCell => row[c] ?? { value: null };
  const content = generated.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const value = cellAt(row, c).value;
      return value === null ? '' : value;
    }),
  );
  const numberFormats = generated.rows.map((row) =>
    Array.from({ length: width }, (_, c) => {
      const cell = cellAt(row, c);
      return typeof cell.value === 'string' ? '@' : (cell.numberFormat ?? 'General');
    }),
  );
  const origin = { row: 0, col: 0 };
  if (generated.rows.length > 0) {
    operations.push(...blockOperations(generated.name, origin, content, numberFormats, false, limitBytes));
  }
  const flags = (pick: (cell: GeneratedCell) => boolean | undefined) =>
    generated.rows.map((row) => Array.from({ length: width }, (_, c) => Boolean(pick(cellAt(row, c)))));
  operations.push(
    ...runs(
      generated.name,
      flags((cell) => cell.bold),
      origin,
      'bold',
    ),
  );
  operations.push(
    ...runs(
      generated.name,
      flags((cell) => cell.wrap),
      origin,
      'wrap',
    ),
  );
  generated.columnWidths.forEach((characters, col) => {
    if (characters > 0) {
      operations.push({
        kind: 'columnWidth',
        sheet: generated.name,
        col,
        width: Math.round(characters * POINTS_PER_CHARACTER * 100) / 100,
      });
    }
  });
  operations.push(...rowHeightOperations(generated.name, generated.rowHeights ?? []));
  if (generated.page) operations.push({ kind: 'pageLayout', sheet: generated.name, ...generated.page });
  return operations;
}

/**
 * Put a generated sheet back as it was (its prior content, at `position`), or delete it when the add-in
 * created it.
 */
export function restoreSheetOperations(
  name: string,
  prior: PriorSheet | null,
  existsNow: boolean,
  position: number,
  limitBytes: number,
): WriteOperation[] {
  const operations: WriteOperation[] = [];
  if (existsNow) operations.push({ kind: 'deleteSheet', sheet: name });
  if (!prior) return operations;
  operations.push({ kind: 'addSheet', sheet: prior.name, position, visibility: prior.visibility });
  if (prior.values.length > 0) {
    // Formats first, then formulas-or-constants: a text ('@') cell holding "=x" is written back as text.
    const content = prior.values.map((line, r) =>
      line.map((value, c) => prior.formulas[r]?.[c] ?? (value === null ? '' : value)),
    );
    operations.push(...blockOperations(prior.name, prior.origin, content, prior.numberFormats, true, limitBytes));
  }
  operations.push(...runs(prior.name, prior.bold, prior.origin, 'bold'));
  operations.push(...runs(prior.name, prior.wrap, prior.origin, 'wrap'));
  prior.columnWidths.forEach((width, c) => {
    if (width !== null) operations.push({ kind: 'columnWidth', sheet: prior.name, col: prior.origin.col + c, width });
  });
  return operations;
}

/** Cell writes that put prior states back (number format first, then formula or value). */
export function restoreCellTargets(cells: PriorCell[]): CellTarget[] {
  return cells.map((cell) => ({
    sheet: cell.sheet,
    address: cell.address,
    value: cell.value,
    formula: cell.formula,
    numberFormat: cell.numberFormat,
  }));
}

/** Merge a newer record into an older one: what the older one captured first stays (undo goes back to it). */
export function mergeUndoRecords(older: UndoRecord | null, newer: UndoRecord): UndoRecord {
  if (!older) return newer;
  const seenCells = new Set(older.cells.map((cell) => cellKey(cell.sheet, cell.address)));
  const seenSheets = new Set(older.sheets.map((sheet) => sheet.name.toLowerCase()));
  return {
    cells: [...older.cells, ...newer.cells.filter((cell) => !seenCells.has(cellKey(cell.sheet, cell.address)))],
    sheets: [...older.sheets, ...newer.sheets.filter((sheet) => !seenSheets.has(sheet.name.toLowerCase()))],
  };
}

/**
 * Tab positions for the sheets a record puts back, given the current tab order: after the same neighbour
 * as before (the old index would be wrong if the user deleted or added sheets meanwhile).
 */
export function restorePositions(record: UndoRecord, currentOrder: string[]): Map<string, number> {
  const order = [...currentOrder];
  const positions = new Map<string, number>();
  for (const { name, prior } of record.sheets) {
    const lower = name.toLowerCase();
    const at = order.findIndex((sheet) => sheet.toLowerCase() === lower);
    if (at >= 0) order.splice(at, 1);
    if (!prior) continue;
    let position = 0;
    for (const before of [...prior.precededBy].reverse()) {
      const index = order.findIndex((sheet) => sheet.toLowerCase() === before.toLowerCase());
      if (index >= 0) {
        position = index + 1;
        break;
      }
    }
    order.splice(position, 0, prior.name);
    positions.set(lower, position);
  }
  return positions;
}
