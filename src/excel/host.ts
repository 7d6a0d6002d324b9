/**
 * The Excel (Office.js) implementation of `Host`. The engine is injected (`evaluate`), as is `run`
 * (Excel.run by default; tests pass the in-memory fake's).
 *
 * evaluate(): read (2 syncs; the second also captures the generated sheets that exist) → engine → write
 * (1 sync, more only when the payload needs chunks): 3 syncs. What a write overwrites is known from the read
 * (cells inside the range read); only a target outside it costs a capture sync. Problems Excel would raise
 * halfway (protected sheet, workbook structure protected, a target sheet gone) are checked before anything
 * is written; if a write still fails, what was written is put back from the prior state before the error
 * reaches the user.
 *
 * applyFixes(): the fixes and what they make necessary (the typed 总分), the re-evaluation of the snapshot
 * as written (no read), the refreshed 自评报告/评估结果: one write sync.
 *
 * Undo: one record per "session" — the first evaluation after construction or after undo() starts it,
 * later evaluations and applyFixes() merge into it, keeping the oldest captured state of each cell and
 * sheet. undo() therefore returns the workbook to how it was before the add-in first wrote to it.
 */
import type { Evaluation, Fix, GeneratedSheet } from '../engine/model';
import type { EvaluateRequest, Host, HostView } from '../host/contract';
import { parseA1 } from '../engine/a1';
import { cellState, editSnapshot, EvaluationSession, writtenSummary, type EvaluateFn } from '../host/session';
import type { WorkbookSnapshot } from '../engine/snapshot';
import { toVisibility } from './convert';
import {
  excelLocale,
  ExcelHostError,
  hostError,
  type ExcelLocale,
  type ExcelMessageId,
  type WorkbookState,
} from './messages';
import {
  cellKey,
  cellOperations,
  cellTargetFromFix,
  cellTargetFromWrite,
  chunkOperations,
  DEFAULT_PAYLOAD_LIMIT_BYTES,
  generatedSheetOperations,
  mergeUndoRecords,
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
  readWorkbook,
  restoreRecord,
  type ApiSupport,
  type CoveredArea,
  type SheetInfo,
  type WorkbookRead,
} from './workbook';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface ExcelHostOptions {
  /** The engine: snapshot, profile → evaluation (see src/excel/index.ts for the default). */
  evaluate: EvaluateFn;
  /** Defaults to Excel.run. */
  run?: ExcelRun;
  /** Defaults to Office's display language (zh-CN unless it is English). */
  locale?: ExcelLocale;
  /** Request budget per sync; lower it to force chunking in tests. */
  payloadLimitBytes?: number;
  /**
   * Whether an ExcelApi requirement set is available (default: Office.context.requirements). Merged areas
   * need 1.13, capturing a replaced sheet's bold/wrap/widths needs 1.9; below that the host does without.
   */
  supportsApi?: ApiSupport;
}

export interface ExcelHost extends Host {
  kind: 'excel';
}

const defaultRun: ExcelRun = (batch) => Excel.run(batch);

function defaultLocale(): ExcelLocale {
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return excelLocale(office?.context?.displayLanguage);
}

function defaultApiSupport(version: string): boolean {
  const office = (
    globalThis as {
      Office?: { context?: { requirements?: { isSetSupported?: (name: string, version: string) => boolean } } };
    }
  ).Office;
  const requirements = office?.context?.requirements;
  return requirements?.isSetSupported ? requirements.isSetSupported('ExcelApi', version) : true;
}

function excelCodeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const withCode = error as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof withCode.code === 'string') return withCode.code;
  return typeof withCode.debugInfo?.code === 'string' ? withCode.debugInfo.code : null;
}

function detailOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What the host knows about the workbook since its last read: enough to write without reading again. */
interface Known {
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
function rememberWritten(state: Known, targets: CellTarget[], prior: PriorCell[]): void {
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

function defaultWorkbookKey(): string | null {
  const office = (globalThis as { Office?: { context?: { document?: { url?: string } } } }).Office;
  const url = office?.context?.document?.url;
  return url ? `excel:${url}` : null;
}

export function createExcelHostWith(options: ExcelHostOptions): ExcelHost {
  const run = options.run ?? defaultRun;
  const locale = options.locale ?? defaultLocale();
  const limit = options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES;
  const support = options.supportsApi ?? defaultApiSupport;
  const listSeparator = locale === 'zh-CN' ? '、' : ', ';
  let record: UndoRecord | null = null;
  let session: EvaluationSession | null = null;
  let known: Known | null = null;

  /** Excel's error → a sentence; ItemNotFound names the sheet that disappeared when it can be found. */
  async function translate(
    context: Excel.RequestContext,
    error: unknown,
    state: WorkbookState,
    phase: 'read' | 'write',
    expectedSheets: string[],
    restoreDetail = '',
  ): Promise<ExcelHostError> {
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
  async function writeOrRestore(
    context: Excel.RequestContext,
    operations: WriteOperation[],
    prior: UndoRecord,
    expectedSheets: string[],
  ): Promise<void> {
    let chunks: WriteOperation[][];
    try {
      chunks = chunkOperations(operations, limit);
    } catch (error) {
      throw await translate(context, error, 'unchanged', 'write', expectedSheets);
    }
    try {
      await executeChunks(context, chunks);
    } catch (error) {
      let state: WorkbookState = 'restored';
      let restoreDetail = '';
      try {
        await restoreRecord(context, prior, limit);
      } catch (restoreError) {
        state = 'notRestored';
        restoreDetail = detailOf(restoreError);
      }
      throw await translate(context, error, state, 'write', expectedSheets, restoreDetail);
    }
  }

  function checkWritable(sheets: SheetInfo[], targets: CellTarget[], generated: string[], workbookProtected: boolean) {
    const byName = new Map(sheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
    const targetSheets = [...new Set(targets.map((target) => target.sheet))];
    const missing = targetSheets.filter((name) => !byName.has(name.toLowerCase()));
    if (missing.length > 0)
      throw hostError('sheetMissing', locale, { sheet: missing.join(listSeparator) }, 'unchanged');
    const locked = targetSheets.filter((name) => byName.get(name.toLowerCase())?.protected);
    if (locked.length > 0)
      throw hostError('sheetProtected', locale, { sheet: locked.join(listSeparator) }, 'unchanged');
    if (generated.length > 0 && workbookProtected) {
      throw hostError('workbookProtected', locale, { sheets: generated.join(listSeparator) }, 'unchanged');
    }
  }

  /** A generated sheet's operations; print setup needs ExcelApi 1.9, without it the sheet is written all the same. */
  function sheetOperations(sheet: GeneratedSheet, existing: { position: number } | null): WriteOperation[] {
    return generatedSheetOperations(sheet, existing, limit).filter(
      (operation) => operation.kind !== 'pageLayout' || support('1.9'),
    );
  }

  /** What each target held: from the read where it covered the cell, else one capture sync (rare). */
  async function priorCellsFor(
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
      throw await translate(context, error, 'unchanged', 'read', expectedSheets);
    }
    return [...(fromRead.filter(Boolean) as PriorCell[]), ...captured];
  }

  function knownFrom(read: WorkbookRead, generatedNames: string[]): Known {
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

  async function evaluateIn(context: Excel.RequestContext, request: EvaluateRequest): Promise<HostView> {
    request.onProgress?.({ step: 'read', fraction: 0 });
    let read: WorkbookRead;
    try {
      read = await readWorkbook(context, support);
    } catch (error) {
      throw await translate(context, error, 'unchanged', 'read', []);
    }
    request.onProgress?.({ step: 'evaluate', fraction: 0.4 });
    const next = new EvaluationSession(read.snapshot, options.evaluate, locale);
    const plan = next.run(request.profile).writePlan;
    const targets = plan.cells.map(cellTargetFromWrite);
    const generatedNames = plan.sheets.map((sheet) => sheet.name);
    checkWritable(read.sheets, targets, generatedNames, read.workbookProtected);

    const existing = new Map(read.sheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
    // Sheets that must still be there (to name the one that vanished if Excel says ItemNotFound).
    const expectedSheets = [
      ...new Set([
        ...targets.map((target) => target.sheet),
        ...generatedNames.filter((name) => existing.has(name.toLowerCase())),
      ]),
    ];
    request.onProgress?.({ step: 'write', fraction: 0.7 });
    const state = knownFrom(read, generatedNames);
    const prior: UndoRecord = {
      cells: await priorCellsFor(context, read.snapshot, state, targets, expectedSheets),
      sheets: generatedNames.map((name) => ({ name, prior: state.generated.get(name.toLowerCase()) ?? null })),
    };
    const operations = [
      ...cellOperations(targets),
      ...plan.sheets.flatMap((sheet) => sheetOperations(sheet, existing.get(sheet.name.toLowerCase()) ?? null)),
    ];
    await writeOrRestore(context, operations, prior, expectedSheets);
    if (prior.cells.length > 0 || prior.sheets.length > 0) record = mergeUndoRecords(record, prior);
    next.wrote(plan.cells);
    rememberWritten(state, targets, prior.cells);
    session = next;
    known = state;
    request.onProgress?.({ step: 'write', fraction: 1 });
    return next.view(writtenSummary(plan.cells, generatedNames, (name) => existing.has(name.toLowerCase())));
  }

  /** The fix cells, the plan's cells after them, and the generated sheets the add-in keeps current. */
  function fixWrites(state: Known, fixes: Fix[], evaluation: Evaluation) {
    const fixed = new Set(fixes.map((fix) => cellKey(fix.sheet, fix.cell)));
    // A cell the user just fixed keeps the fix, whatever the plan says of it.
    const planned = evaluation.writePlan.cells.filter((write) => !fixed.has(cellKey(write.sheet, write.cell)));
    const cells = [...fixes.map(cellTargetFromFix), ...planned.map(cellTargetFromWrite)];
    const sheets: GeneratedSheet[] = evaluation.writePlan.sheets.filter((sheet) =>
      state.generated.has(sheet.name.toLowerCase()),
    );
    const operations = [
      ...cellOperations(cells),
      ...sheets.flatMap((sheet) => sheetOperations(sheet, { position: Math.max(0, state.order.indexOf(sheet.name)) })),
    ];
    return { cells, sheets, operations };
  }

  async function applyFixesIn(context: Excel.RequestContext, fixes: Fix[]): Promise<HostView> {
    // Fixes before any evaluation (not from the pane) read the workbook first.
    if (!session || !known) await readSession(context, 'national', false);
    const current = session;
    const state = known;
    if (!current || !state) throw hostError('evaluateFirst', locale, {}, 'unchanged');
    if (fixes.length === 0) return current.view(null);
    const all = current.expand(fixes);
    checkWritable(state.sheets, all.map(cellTargetFromFix), [], false);
    const next = current.next(all);
    const writes = fixWrites(state, all, next.evaluation);
    const expectedSheets = [...new Set(writes.cells.map((target) => target.sheet))];
    const cells = await priorCellsFor(context, current.snapshot, state, writes.cells, expectedSheets);
    // A failed write puts the cells back; the generated sheets are rebuilt by the next 评估.
    await writeOrRestore(context, writes.operations, { cells, sheets: [] }, expectedSheets);
    const sheets = writes.sheets.map(({ name }) => ({ name, prior: state.generated.get(name.toLowerCase()) ?? null }));
    record = mergeUndoRecords(record, { cells, sheets });
    rememberWritten(state, writes.cells, cells);
    current.commit({
      snapshot: editSnapshot(next.snapshot, next.evaluation.writePlan.cells),
      evaluation: next.evaluation,
    });
    const written = writes.cells.map((target) => ({ sheet: target.sheet, cell: target.address }));
    return current.view(
      writtenSummary(
        written,
        writes.sheets.map((sheet) => sheet.name),
        () => true,
      ),
    );
  }

  /** Read the workbook into a session without writing (a reopened pane; fixes before any 评估). */
  async function readSession(
    context: Excel.RequestContext,
    profile: string,
    onlyIfEvaluated: boolean,
  ): Promise<HostView | null> {
    let read: WorkbookRead;
    try {
      read = await readWorkbook(context, support);
    } catch (error) {
      throw await translate(context, error, 'unchanged', 'read', []);
    }
    // Only a workbook the add-in evaluated before has its sheets: otherwise the pane waits for 评估.
    if (onlyIfEvaluated && read.generated.length === 0) return null;
    const next = new EvaluationSession(read.snapshot, options.evaluate, locale);
    next.run(profile);
    session = next;
    known = knownFrom(
      read,
      read.generated.map((sheet) => sheet.name),
    );
    return next.view(null);
  }

  return {
    kind: 'excel',

    evaluate: (request = { profile: 'national' }) => run((context) => evaluateIn(context, request)),

    applyFixes: (fixes: Fix[]) => run((context) => applyFixesIn(context, fixes)),

    resume: (profile = 'national') => run((context) => readSession(context, profile, true)),

    undo: async () => {
      const current = record;
      if (!current) throw hostError('nothingToUndo', locale, {}, 'unchanged');
      await run(async (context) => {
        try {
          await restoreRecord(context, current, limit);
        } catch (error) {
          // The record stays: restoring is idempotent, so undo can be tried again.
          throw await translate(context, error, 'undoIncomplete', 'write', []);
        }
      });
      record = null;
      if (!session || !known) return null;
      // The workbook is as first read: show what a fresh 评估 of it says (no read needed).
      session.reset();
      known = { ...known, written: new Map(), generated: new Map() };
      session.run(session.profileName);
      return session.view(null);
    },

    canUndo: () => record !== null,

    workbookKey: defaultWorkbookKey,

    // Hidden sheets are evaluated (as in the CLI), so a finding may sit on one. Excel cannot activate a
    // hidden sheet, and unhiding it behind the user's back would change the workbook: select nothing and
    // say where the cell is. Two syncs: look the sheet up, then activate and select.
    goTo: (sheet: string, cell: string) =>
      run(async (context) => {
        const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
        worksheet.load('visibility');
        try {
          await context.sync();
          if (worksheet.isNullObject) throw hostError('goToMissing', locale, { sheet }, 'unchanged');
          if (toVisibility(worksheet.visibility) !== 'visible') {
            throw hostError('goToHidden', locale, { sheet, cell }, 'unchanged');
          }
          worksheet.activate();
          worksheet.getRange(cell).select();
          await context.sync();
        } catch (error) {
          const code = excelCodeOf(error);
          if (code === 'ItemNotFound' || code === 'InvalidObjectPath') {
            throw hostError('goToMissing', locale, { sheet }, 'unchanged', code);
          }
          throw await translate(context, error, 'unchanged', 'read', [sheet]);
        }
      }),
  };
}
