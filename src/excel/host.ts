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
import type { Fix } from '../engine/model';
import type { EvaluateRequest, Host, HostView } from '../host/contract';
import { editSnapshot, EvaluationSession, writtenSummary, type EvaluateFn } from '../host/session';
import { toVisibility } from './convert';
import {
  checkWritable,
  excelCodeOf,
  fixWrites,
  knownFrom,
  priorCellsFor,
  rememberWritten,
  sheetOperations,
  translate,
  writeOrRestore,
  type HostSettings,
  type HostState,
} from './host-steps';
import { excelLocale, hostError, type ExcelLocale } from './messages';
import {
  cellOperations,
  cellTargetFromFix,
  cellTargetFromWrite,
  DEFAULT_PAYLOAD_LIMIT_BYTES,
  mergeUndoRecords,
  type UndoRecord,
} from './operations';
import { readWorkbook, restoreRecord, type ApiSupport, type WorkbookRead } from './workbook';

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

function defaultWorkbookKey(): string | null {
  const office = (globalThis as { Office?: { context?: { document?: { url?: string } } } }).Office;
  const url = office?.context?.document?.url;
  return url ? `excel:${url}` : null;
}

/** What the host is made with: its settings and the engine. */
interface HostParts {
  settings: HostSettings;
  evaluate: EvaluateFn;
  state: HostState;
}

async function readOrReport(parts: HostParts, context: Excel.RequestContext): Promise<WorkbookRead> {
  try {
    return await readWorkbook(context, parts.settings.support);
  } catch (error) {
    throw await translate(parts.settings, context, error, 'unchanged', 'read', []);
  }
}

/** 评估: read, run the engine, write its plan (restoring on failure), start or extend the undo record. */
async function evaluateIn(
  parts: HostParts,
  context: Excel.RequestContext,
  request: EvaluateRequest,
): Promise<HostView> {
  const { settings, state } = parts;
  request.onProgress?.({ step: 'read', fraction: 0 });
  const read = await readOrReport(parts, context);
  request.onProgress?.({ step: 'evaluate', fraction: 0.4 });
  const next = new EvaluationSession(read.snapshot, parts.evaluate, settings.locale);
  const plan = next.run(request.profile).writePlan;
  const targets = plan.cells.map(cellTargetFromWrite);
  const generatedNames = plan.sheets.map((sheet) => sheet.name);
  checkWritable(settings, read.sheets, targets, generatedNames, read.workbookProtected);

  const existing = new Map(read.sheets.map((sheet) => [sheet.name.toLowerCase(), sheet]));
  // Sheets that must still be there (to name the one that vanished if Excel says ItemNotFound).
  const expectedSheets = [
    ...new Set([
      ...targets.map((target) => target.sheet),
      ...generatedNames.filter((name) => existing.has(name.toLowerCase())),
    ]),
  ];
  request.onProgress?.({ step: 'write', fraction: 0.7 });
  const known = knownFrom(read, generatedNames);
  const prior: UndoRecord = {
    cells: await priorCellsFor(settings, context, read.snapshot, known, targets, expectedSheets),
    sheets: generatedNames.map((name) => ({ name, prior: known.generated.get(name.toLowerCase()) ?? null })),
  };
  const operations = [
    ...cellOperations(targets),
    ...plan.sheets.flatMap((sheet) => sheetOperations(settings, sheet, existing.get(sheet.name.toLowerCase()) ?? null)),
  ];
  await writeOrRestore(settings, context, operations, prior, expectedSheets);
  if (prior.cells.length > 0 || prior.sheets.length > 0) state.record = mergeUndoRecords(state.record, prior);
  next.wrote(plan.cells);
  rememberWritten(known, targets, prior.cells);
  state.session = next;
  state.known = known;
  request.onProgress?.({ step: 'write', fraction: 1 });
  return next.view(writtenSummary(plan.cells, generatedNames, (name) => existing.has(name.toLowerCase())));
}

/** The fixes, the 总分 they change and the refreshed generated sheets, in one write; no new read. */
async function applyFixesIn(parts: HostParts, context: Excel.RequestContext, fixes: Fix[]): Promise<HostView> {
  const { settings, state } = parts;
  // Fixes before any evaluation (not from the pane) read the workbook first.
  if (!state.session || !state.known) await readSession(parts, context, 'national', false);
  const current = state.session;
  const known = state.known;
  if (!current || !known) throw hostError('evaluateFirst', settings.locale, {}, 'unchanged');
  if (fixes.length === 0) return current.view(null);
  const all = current.expand(fixes);
  checkWritable(settings, known.sheets, all.map(cellTargetFromFix), [], false);
  const next = current.next(all);
  const writes = fixWrites(settings, known, all, next.evaluation);
  const expectedSheets = [...new Set(writes.cells.map((target) => target.sheet))];
  const cells = await priorCellsFor(settings, context, current.snapshot, known, writes.cells, expectedSheets);
  // A failed write puts the cells back; the generated sheets are rebuilt by the next 评估.
  await writeOrRestore(settings, context, writes.operations, { cells, sheets: [] }, expectedSheets);
  const sheets = writes.sheets.map(({ name }) => ({ name, prior: known.generated.get(name.toLowerCase()) ?? null }));
  state.record = mergeUndoRecords(state.record, { cells, sheets });
  rememberWritten(known, writes.cells, cells);
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
  parts: HostParts,
  context: Excel.RequestContext,
  profile: string,
  onlyIfEvaluated: boolean,
): Promise<HostView | null> {
  const read = await readOrReport(parts, context);
  // Only a workbook the add-in evaluated before has its sheets: otherwise the pane waits for 评估.
  if (onlyIfEvaluated && read.generated.length === 0) return null;
  const next = new EvaluationSession(read.snapshot, parts.evaluate, parts.settings.locale);
  next.run(profile);
  parts.state.session = next;
  parts.state.known = knownFrom(
    read,
    read.generated.map((sheet) => sheet.name),
  );
  return next.view(null);
}

/** Put back what the undo record captured; the pane then shows a fresh 评估 of the workbook as first read. */
async function undoIn(parts: HostParts, run: ExcelRun): Promise<HostView | null> {
  const { settings, state } = parts;
  const current = state.record;
  if (!current) throw hostError('nothingToUndo', settings.locale, {}, 'unchanged');
  await run(async (context) => {
    try {
      await restoreRecord(context, current, settings.limit);
    } catch (error) {
      // The record stays: restoring is idempotent, so undo can be tried again.
      throw await translate(settings, context, error, 'undoIncomplete', 'write', []);
    }
  });
  state.record = null;
  if (!state.session || !state.known) return null;
  // The workbook is as first read: show what a fresh 评估 of it says (no read needed).
  state.session.reset();
  state.known = { ...state.known, written: new Map(), generated: new Map() };
  state.session.run(state.session.profileName);
  return state.session.view(null);
}

/**
 * Hidden sheets are evaluated (as in the CLI), so a finding may sit on one. Excel cannot activate a hidden
 * sheet, and unhiding it behind the user's back would change the workbook: select nothing and say where the
 * cell is. Two syncs: look the sheet up, then activate and select.
 */
async function goToIn(settings: HostSettings, context: Excel.RequestContext, sheet: string, cell: string) {
  const { locale } = settings;
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
    throw await translate(settings, context, error, 'unchanged', 'read', [sheet]);
  }
}

export function createExcelHostWith(options: ExcelHostOptions): ExcelHost {
  const run = options.run ?? defaultRun;
  const locale = options.locale ?? defaultLocale();
  const settings: HostSettings = {
    locale,
    limit: options.payloadLimitBytes ?? DEFAULT_PAYLOAD_LIMIT_BYTES,
    support: options.supportsApi ?? defaultApiSupport,
    listSeparator: locale === 'zh-CN' ? '、' : ', ',
  };
  const parts: HostParts = {
    settings,
    evaluate: options.evaluate,
    state: { record: null, session: null, known: null },
  };
  return {
    kind: 'excel',
    evaluate: (request = { profile: 'national' }) => run((context) => evaluateIn(parts, context, request)),
    applyFixes: (fixes: Fix[]) => run((context) => applyFixesIn(parts, context, fixes)),
    resume: (profile = 'national') => run((context) => readSession(parts, context, profile, true)),
    undo: () => undoIn(parts, run),
    canUndo: () => parts.state.record !== null,
    workbookKey: defaultWorkbookKey,
    goTo: (sheet: string, cell: string) => run((context) => goToIn(settings, context, sheet, cell)),
  };
}
