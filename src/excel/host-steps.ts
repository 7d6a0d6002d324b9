/**
 * The steps of the Excel host, as functions of the host's settings: translating Excel's errors, checking
 * that a write can go through, capturing what a write replaces, writing with restore on failure. The host
 * (host.ts) keeps the session state and calls these; none of them holds state of its own.
 */
import type { Evaluation, Fix, GeneratedSheet } from '../engine/model';
import { parseA1 } from '../engine/a1';
import { cellState, type EvaluationSession } from '../host/session';
import type { WorkbookSnapshot } from '../engine/snapshot';
import { ExcelHostError, hostError, type ExcelLocale, type ExcelMessageId, type WorkbookState } from './messages';
import {
  cellKey,
  cellOperations,
  cellTargetFromFix,
  cellTargetFromWrite,
  chunkOperations,
  generatedSheetOperations,
  OversizedOperationError,
  type CellTarget,
  type PriorCell,
  type PriorSheet,
  type UndoRecord,
  type WriteOperation,
} from './operations';
import {
  executeChunks,
  missingSheets,
  priorCellsOf,
  queuePriorCells,
  ProtectedSheetsError,
  restoreRecord,
  type ApiSupport,
  type CoveredArea,
  type SheetInfo,
  type WorkbookRead,
} from './workbook';

/** Fixed when the host is made. */
export interface HostSettings {
  locale: ExcelLocale;
  /** Request budget per sync. */
  limit: number;
  support: ApiSupport;
  /** How a message lists several sheets. */
  listSeparator: string;
}

/** What the host holds between calls. */
export interface HostState {
  /** The undo record of the current session (see host.ts). */
  record: UndoRecord | null;
  session: EvaluationSession | null;
  known: Known | null;
}

export function excelCodeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const withCode = error as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof withCode.code === 'string') return withCode.code;
  return typeof withCode.debugInfo?.code === 'string' ? withCode.debugInfo.code : null;
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the host knows about the workbook since its last read: enough to write without reading again. */
export interface Known {
  sheets: SheetInfo[];
  /** Tab order, with the generated sheets the add-in added at the end. */
  order: string[];
  covered: Map<string, CoveredArea | null>;
  /** Cells the add-in wrote (their state is in the session's snapshot) → the number format they have now. */
  written: Map<string, string>;
  /** Generated sheets the add-in wrote or found (lower-case name → content before the add-in, null if new). */
  generated: Map<string, PriorSheet | null>;
}

/** The number format the read saw at a cell, or undefined when the read did not cover it. */
function readFormat(area: CoveredArea | null | undefined, address: string): string | undefined {
  if (!area) return undefined;
  const { row, col } = parseA1(address);
  if (row < area.top || row > area.bottom || col < area.left || col > area.right) return undefined;
  return String(area.numberFormats[row - area.top]?.[col - area.left] ?? 'General');
}

/** A target's prior state from the snapshot when the read covered it (or the add-in wrote it). */
function knownPrior(snapshot: WorkbookSnapshot, known: Known, target: CellTarget): PriorCell | null {
  const format = readFormat(known.covered.get(target.sheet.toLowerCase()), target.address);
  const written = known.written.get(cellKey(target.sheet, target.address));
  if (format === undefined && written === undefined) return null;
  const state = cellState(snapshot, target.sheet, target.address);
  return {
    sheet: target.sheet,
    address: target.address,
    value: state.value,
    formula: state.formula,
    // The snapshot keeps formats of non-empty cells only: what the add-in wrote, else what the read saw.
    numberFormat: written ?? format ?? 'General',
  };
}

/** Remember what the add-in wrote: each cell's number format now (its own, else the one it had). */
export function rememberWritten(state: Known, targets: CellTarget[], prior: PriorCell[]): void {
  const before = new Map(prior.map((cell) => [cellKey(cell.sheet, cell.address), cell.numberFormat]));
  for (const target of targets) {
    const key = cellKey(target.sheet, target.address);
    state.written.set(key, target.numberFormat ?? before.get(key) ?? state.written.get(key) ?? 'General');
  }
}

function uniqueTargets(targets: CellTarget[]): CellTarget[] {
  const seen = new Set<string>();
  return targets.filter((target) => {
    const key = cellKey(target.sheet, target.address);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Excel's error → a sentence; ItemNotFound names the sheet that disappeared when it can be found. */
export async function translate(
  settings: HostSettings,
  context: Excel.RequestContext,
  error: unknown,
  state: WorkbookState,
  phase: 'read' | 'write',
  expectedSheets: string[],
  restoreDetail = '',
): Promise<ExcelHostError> {
  const { locale, listSeparator } = settings;
  if (error instanceof ExcelHostError) return error;
  if (error instanceof ProtectedSheetsError) {
    const protectedState = state === 'undoIncomplete' ? 'unchanged' : state;
    return hostError(
      'sheetProtected',
      locale,
      { sheet: error.sheets.join(listSeparator) },
      protectedState,
      null,
      restoreDetail,
    );
  }
  if (error instanceof OversizedOperationError) {
    return hostError('rowTooLarge', locale, { sheet: error.sheet, row: error.row + 1 }, state, null, restoreDetail);
  }
  const code = excelCodeOf(error);
  let reason: ExcelMessageId = 'excelError';
  const data: Record<string, string | number> = { detail: detailOf(error) };
  if (code === 'AccessDenied') reason = 'accessDenied';
  else if (code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded') {
    reason = phase === 'read' ? 'payloadTooLargeRead' : 'payloadTooLargeWrite';
  } else if (code === 'ItemNotFound' || code === 'InvalidObjectPath') {
    const missing = await missingSheets(context, expectedSheets).catch(() => []);
    reason = missing.length > 0 ? 'sheetMissing' : 'sheetMissingUnknown';
    data.sheet = missing.join(listSeparator);
  }
  return hostError(reason, locale, data, state, code, restoreDetail);
}

/** Write the chunks; on failure put back what the prior state recorded, then report. */
export async function writeOrRestore(
  settings: HostSettings,
  context: Excel.RequestContext,
  operations: WriteOperation[],
  prior: UndoRecord,
  expectedSheets: string[],
): Promise<void> {
  let chunks: WriteOperation[][];
  try {
    chunks = chunkOperations(operations, settings.limit);
  } catch (error) {
    throw await translate(settings, context, error, 'unchanged', 'write', expectedSheets);
  }
  try {
    await executeChunks(context, chunks);
  } catch (error) {
    let state: WorkbookState = 'restored';
    let restoreDetail = '';
    try {
      await restoreRecord(context, prior, settings.limit);
    } catch (restoreError) {
      state = 'notRestored';
      restoreDetail = detailOf(restoreError);
    }
    throw await translate(settings, context, error, state, 'write', expectedSheets, restoreDetail);
  }
}

/** Problems Excel would raise halfway through a write, raised before anything is written. */
export function checkWritable(
  settings: HostSettings,
  sheets: SheetInfo[],
  targets: CellTarget[],
  generated: string[],
  workbookProtected: boolean,
): void {
  const { locale, listSeparator } = settings;
  const byName = new Map(sheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  const targetSheets = [...new Set(targets.map((target) => target.sheet))];
  const missing = targetSheets.filter((name) => !byName.has(name.toLowerCase()));
  if (missing.length > 0) throw hostError('sheetMissing', locale, { sheet: missing.join(listSeparator) }, 'unchanged');
  const locked = targetSheets.filter((name) => byName.get(name.toLowerCase())?.protected);
  if (locked.length > 0) throw hostError('sheetProtected', locale, { sheet: locked.join(listSeparator) }, 'unchanged');
  if (generated.length > 0 && workbookProtected) {
    throw hostError('workbookProtected', locale, { sheets: generated.join(listSeparator) }, 'unchanged');
  }
}

/** A generated sheet's operations; print setup needs ExcelApi 1.9, without it the sheet is written all the same. */
export function sheetOperations(
  settings: HostSettings,
  sheet: GeneratedSheet,
  existing: { position: number } | null,
): WriteOperation[] {
  return generatedSheetOperations(sheet, existing, settings.limit).filter(
    (operation) => operation.kind !== 'pageLayout' || settings.support('1.9'),
  );
}

/** What each target held: from the read where it covered the cell, else one capture sync (rare). */
export async function priorCellsFor(
  settings: HostSettings,
  context: Excel.RequestContext,
  snapshot: WorkbookSnapshot,
  state: Known,
  targets: CellTarget[],
  expectedSheets: string[],
): Promise<PriorCell[]> {
  const unique = uniqueTargets(targets);
  const fromRead = unique.map((target) => knownPrior(snapshot, state, target));
  const unknown = unique.filter((_, index) => fromRead[index] === null);
  if (unknown.length === 0) return fromRead as PriorCell[];
  let captured: PriorCell[];
  try {
    const pending = queuePriorCells(context, unknown);
    await context.sync();
    captured = priorCellsOf(pending);
  } catch (error) {
    throw await translate(settings, context, error, 'unchanged', 'read', expectedSheets);
  }
  return [...(fromRead.filter(Boolean) as PriorCell[]), ...captured];
}

/** What a read tells the host, with the generated sheets the next write adds. */
export function knownFrom(read: WorkbookRead, generatedNames: string[]): Known {
  const order = [...read.sheets].sort((a, b) => a.position - b.position).map((sheet) => sheet.name);
  const present = new Set(order.map((name) => name.toLowerCase()));
  for (const name of generatedNames) if (!present.has(name.toLowerCase())) order.push(name);
  const captured = new Map(read.generated.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  return {
    sheets: read.sheets,
    order,
    covered: read.covered,
    written: new Map(),
    generated: new Map(generatedNames.map((name) => [name.toLowerCase(), captured.get(name.toLowerCase()) ?? null])),
  };
}

/** The fix cells, the plan's cells after them, and the generated sheets the add-in keeps current. */
export function fixWrites(settings: HostSettings, state: Known, fixes: Fix[], evaluation: Evaluation) {
  const fixed = new Set(fixes.map((fix) => cellKey(fix.sheet, fix.cell)));
  // A cell the user just fixed keeps the fix, whatever the plan says of it.
  const planned = evaluation.writePlan.cells.filter((write) => !fixed.has(cellKey(write.sheet, write.cell)));
  const cells = [...fixes.map(cellTargetFromFix), ...planned.map(cellTargetFromWrite)];
  const sheets: GeneratedSheet[] = evaluation.writePlan.sheets.filter((sheet) =>
    state.generated.has(sheet.name.toLowerCase()),
  );
  const operations = [
    ...cellOperations(cells),
    ...sheets.flatMap((sheet) =>
      sheetOperations(settings, sheet, { position: Math.max(0, state.order.indexOf(sheet.name)) }),
    ),
  ];
  return { cells, sheets, operations };
}
