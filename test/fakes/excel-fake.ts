/**
 * An in-memory fake of the part of the Excel JavaScript API the add-in uses (src/excel/), strict enough to
 * catch the mistakes real Excel punishes:
 * - reading a property that was not loaded and synced throws (`PropertyNotLoaded`), as does reading
 *   `isNullObject` before the sync that resolves it;
 * - loads, writes and actions are queued and run in order at `context.sync()`; a failing operation leaves
 *   the ones before it applied (Excel batches are not transactions) and the ones after it not;
 * - it counts syncs and estimates each request's and response's payload bytes, refusing a request over the
 *   limit before applying anything (Excel on the web: 5 MB);
 * - it injects errors: protected sheets (`AccessDenied`), payload limits, a hook before each sync (delete a
 *   sheet between syncs → `ItemNotFound`), a failure after N write operations.
 * Value semantics follow Excel: `null` in a written array leaves the cell alone, '' clears it, a string
 * starting with '=' becomes a formula unless the cell's format is text ('@'), numeric strings become
 * numbers. The fake does not calculate: a formula's value comes from `calculate` or from the value that
 * formula last had in that cell.
 *
 * Pure TypeScript (no Node APIs) so the browser stub (office-stub.ts) can bundle it.
 */
import { areaToA1, parseA1, parseArea, quoteSheetName, toA1 } from '../../src/engine/a1';
import type { CellArea, CellValue, SheetSnapshot, SheetVisibility, WorkbookSnapshot } from '../../src/engine/snapshot';
import { utf8Length } from '../../src/excel/operations';

export const DEFAULT_COLUMN_WIDTH = 48;
/** Excel's default row height for Calibri 11 (points). */
export const DEFAULT_ROW_HEIGHT = 15;
/** Excel on the web's request/response payload limit. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
const LOAD_OVERHEAD_BYTES = 48;
const WRITE_OVERHEAD_BYTES = 64;

export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export interface FakeCell {
  value: string | number | boolean | null;
  formula: string | null;
  numberFormat: string;
  bold: boolean;
  wrap: boolean;
}

interface SheetState {
  id: number;
  name: string;
  visibility: SheetVisibility;
  protected: boolean;
  cells: Map<string, FakeCell>;
  merges: CellArea[];
  columnWidths: Map<number, number>;
  /** Row heights in points set through the API (rows not listed keep the default). */
  rowHeights: Map<number, number>;
  /** Print setup set through worksheet.pageLayout. */
  pageLayout: FakePageSetup;
  hiddenRows: Set<number>;
}

export interface FakePageSetup {
  paperSize?: string;
  orientation?: string;
  zoom?: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  loads: number;
  writes: number;
  actions: number;
  calculationSuspended: boolean;
  error?: string;
}

/** Canonical full state, for deep comparisons (default cells and widths omitted). */
export interface FakeWorkbookDump {
  protected: boolean;
  sheets: Array<{
    name: string;
    visibility: SheetVisibility;
    protected: boolean;
    cells: Record<string, Partial<FakeCell>>;
    merges: string[];
    columnWidths: Record<string, number>;
    hiddenRows: number[];
    /** Only when set through the API. */
    rowHeights?: Record<string, number>;
    pageLayout?: FakePageSetup;
  }>;
}

export interface FakeWorkbookOptions {
  payloadLimitBytes?: number;
  /** Value of a formula written through the API (the fake does not calculate). */
  calculate?: (formula: string, where: { sheet: string; address: string }) => CellValue;
}

export interface CellInit {
  value?: string | number | boolean | null;
  formula?: string | null;
  numberFormat?: string;
  bold?: boolean;
  wrap?: boolean;
}

type Operation = { kind: 'load' | 'write' | 'action'; bytes: number; execute: () => void };

const key = (row: number, col: number) => `${row},${col}`;
const unkey = (k: string) => k.split(',').map(Number) as [number, number];
const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** UTF-8 byte length, as Excel counts a request's payload (the host's own estimate uses the same). */
export const utf8Bytes = utf8Length;

const jsonBytes = (value: unknown) => utf8Bytes(JSON.stringify(value ?? null));

function emptyCell(): FakeCell {
  return { value: null, formula: null, numberFormat: 'General', bold: false, wrap: false };
}

function isDefault(cell: FakeCell): boolean {
  return cell.value === null && cell.formula === null && cell.numberFormat === 'General' && !cell.bold && !cell.wrap;
}

function overlaps(a: CellArea, b: CellArea): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export class FakeWorkbook {
  sheets: SheetState[] = [];
  protected = false;
  activeSheetId: number | null = null;
  selection: { sheet: string; address: string } | null = null;
  readonly syncs: SyncRecord[] = [];
  payloadLimitBytes: number;
  /** Called before each sync runs (1-based sync number): mutate the workbook to simulate the user. */
  beforeSync: ((syncNumber: number, workbook: FakeWorkbook) => void) | null = null;
  private readonly calculate?: FakeWorkbookOptions['calculate'];
  private readonly formulaValues = new Map<string, CellValue>();
  private nextId = 1;
  private failure: { remainingWrites: number; code: string; message: string } | null = null;

  constructor(options: FakeWorkbookOptions = {}) {
    this.payloadLimitBytes = options.payloadLimitBytes ?? EXCEL_WEB_PAYLOAD_LIMIT;
    this.calculate = options.calculate;
  }

  static fromSnapshot(snapshot: WorkbookSnapshot, options: FakeWorkbookOptions = {}): FakeWorkbook {
    const workbook = new FakeWorkbook(options);
    for (const sheet of snapshot.sheets) workbook.addSheetFromSnapshot(sheet);
    workbook.activeSheetId = workbook.sheets.find((s) => s.visibility === 'visible')?.id ?? null;
    return workbook;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  /** `Excel.run` over this workbook: a fresh context; pending operations are synced when the batch ends. */
  run = async <T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> => {
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    if (context.pendingOperations > 0) await context.sync();
    return result;
  };

  // ---- building and inspecting (test side; not part of the Excel API) ----

  addSheet(name: string, options: { visibility?: SheetVisibility; protected?: boolean } = {}): SheetState {
    if (this.findSheet(name)) throw new Error(`fake already has a sheet named ${name}`);
    const sheet: SheetState = {
      id: this.nextId++,
      name,
      visibility: options.visibility ?? 'visible',
      protected: options.protected ?? false,
      cells: new Map(),
      merges: [],
      columnWidths: new Map(),
      rowHeights: new Map(),
      pageLayout: {},
      hiddenRows: new Set(),
    };
    this.sheets.push(sheet);
    if (this.activeSheetId === null && sheet.visibility === 'visible') this.activeSheetId = sheet.id;
    return sheet;
  }

  addSheetFromSnapshot(snapshot: SheetSnapshot): SheetState {
    const sheet = this.addSheet(snapshot.name, { visibility: snapshot.visibility });
    snapshot.values.forEach((line, row) =>
      line.forEach((value, col) => {
        const formula = snapshot.formulas?.[row]?.[col] ?? null;
        const numberFormat = snapshot.numberFormats?.[row]?.[col] ?? null;
        if (value === null && formula === null && numberFormat === null) return;
        // On the sheet just added, not by name: a lookup per cell made building big workbooks quadratic.
        this.setCellOn(sheet, row, col, { value, formula, numberFormat: numberFormat ?? 'General' });
      }),
    );
    sheet.merges = snapshot.merges.map((m) => ({ ...m }));
    for (const row of snapshot.hiddenRows ?? []) sheet.hiddenRows.add(row);
    return sheet;
  }

  setCell(sheetName: string, address: string, init: CellInit): void {
    const { row, col } = parseA1(address);
    this.setCellOn(this.sheet(sheetName), row, col, init);
  }

  private setCellOn(sheet: SheetState, row: number, col: number, init: CellInit): void {
    const cell = { ...(sheet.cells.get(key(row, col)) ?? emptyCell()) };
    if (init.value !== undefined) cell.value = init.value === '' ? null : init.value;
    if (init.formula !== undefined) cell.formula = init.formula;
    if (init.numberFormat !== undefined) cell.numberFormat = init.numberFormat;
    if (init.bold !== undefined) cell.bold = init.bold;
    if (init.wrap !== undefined) cell.wrap = init.wrap;
    if (cell.formula) this.formulaValues.set(this.formulaKey(sheet, row, col, cell.formula), cell.value);
    sheet.cells.set(key(row, col), cell);
  }

  cell(sheetName: string, address: string): FakeCell {
    const { row, col } = parseA1(address);
    return { ...(this.sheet(sheetName).cells.get(key(row, col)) ?? emptyCell()) };
  }

  sheet(name: string): SheetState {
    const found = this.findSheet(name);
    if (!found) throw new Error(`fake has no sheet named ${name}`);
    return found;
  }

  findSheet(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  get activeSheetName(): string | null {
    return this.sheets.find((s) => s.id === this.activeSheetId)?.name ?? null;
  }

  protectSheet(name: string, isProtected = true): void {
    this.sheet(name).protected = isProtected;
  }

  setColumnWidth(sheetName: string, col: number, width: number): void {
    this.sheet(sheetName).columnWidths.set(col, width);
  }

  /** Remove a sheet as a user would (no API call, no sync). */
  removeSheet(name: string): void {
    const sheet = this.sheet(name);
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id ?? null;
  }

  /** The next write operations succeed `afterWrites` times, then one fails with `code`. */
  injectFailure(afterWrites: number, code = 'GeneralException', message = 'An internal error has occurred.'): void {
    this.failure = { remainingWrites: afterWrites, code, message };
  }

  toSnapshot(): WorkbookSnapshot {
    return { sheets: this.sheets.map((sheet) => this.sheetSnapshot(sheet)) };
  }

  dump(): FakeWorkbookDump {
    return {
      protected: this.protected,
      sheets: this.sheets.map((sheet) => {
        const cells: Record<string, Partial<FakeCell>> = {};
        const keys = [...sheet.cells.keys()].sort((a, b) => {
          const [ra, ca] = unkey(a);
          const [rb, cb] = unkey(b);
          return ra - rb || ca - cb;
        });
        for (const k of keys) {
          const cell = sheet.cells.get(k) as FakeCell;
          if (isDefault(cell)) continue;
          const [row, col] = unkey(k);
          const entry: Partial<FakeCell> = { value: cell.value };
          if (cell.formula) entry.formula = cell.formula;
          if (cell.numberFormat !== 'General') entry.numberFormat = cell.numberFormat;
          if (cell.bold) entry.bold = true;
          if (cell.wrap) entry.wrap = true;
          cells[toA1(row, col)] = entry;
        }
        const columnWidths: Record<string, number> = {};
        for (const [col, width] of [...sheet.columnWidths].sort((a, b) => a[0] - b[0])) {
          if (width !== DEFAULT_COLUMN_WIDTH) columnWidths[String(col)] = width;
        }
        const rowHeights = Object.fromEntries([...sheet.rowHeights].sort((a, b) => a[0] - b[0]));
        return {
          name: sheet.name,
          visibility: sheet.visibility,
          protected: sheet.protected,
          cells,
          merges: sheet.merges.map(areaToA1).sort(),
          columnWidths,
          hiddenRows: [...sheet.hiddenRows].sort((a, b) => a - b),
          ...(sheet.rowHeights.size > 0 ? { rowHeights } : {}),
          ...(Object.keys(sheet.pageLayout).length > 0 ? { pageLayout: { ...sheet.pageLayout } } : {}),
        };
      }),
    };
  }

  private sheetSnapshot(sheet: SheetState): SheetSnapshot {
    let height = 0;
    let width = 0;
    for (const [k, cell] of sheet.cells) {
      if (cell.value === null && cell.formula === null) continue;
      const [row, col] = unkey(k);
      height = Math.max(height, row + 1);
      width = Math.max(width, col + 1);
    }
    const grid = <T>(pick: (cell: FakeCell) => T | null) =>
      Array.from({ length: height }, (_, row) =>
        Array.from({ length: width }, (_, col) => {
          const cell = sheet.cells.get(key(row, col));
          return cell && (cell.value !== null || cell.formula !== null) ? pick(cell) : null;
        }),
      );
    const values = grid<CellValue>((c) => c.value);
    const formulas = grid<string>((c) => c.formula);
    const numberFormats = grid<string>((c) => (c.numberFormat === 'General' ? null : c.numberFormat));
    const snapshot: SheetSnapshot = {
      name: sheet.name,
      visibility: sheet.visibility,
      values,
      merges: [...sheet.merges].sort((a, b) => a.top - b.top || a.left - b.left),
    };
    if (formulas.some((line) => line.some((f) => f !== null))) snapshot.formulas = formulas;
    if (numberFormats.some((line) => line.some((f) => f !== null))) snapshot.numberFormats = numberFormats;
    if (sheet.hiddenRows.size > 0) snapshot.hiddenRows = [...sheet.hiddenRows].sort((a, b) => a - b);
    return snapshot;
  }

  // ---- used by the proxies at sync time ----

  /** @internal */ sheetById(id: number): SheetState {
    const sheet = this.sheets.find((s) => s.id === id);
    if (!sheet) throw new FakeOfficeError('ItemNotFound', 'The requested resource doesn’t exist.', 'Worksheet');
    return sheet;
  }

  /** @internal */ createSheet(name: string): SheetState {
    if (this.protected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
    if (!name || /[:\\/?*[\]]/.test(name) || name.length > 31) {
      throw new FakeOfficeError('InvalidArgument', `The sheet name ${name} is not valid.`);
    }
    if (this.findSheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
    return this.addSheet(name);
  }

  /** @internal */ deleteSheet(sheet: SheetState): void {
    if (this.protected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
    const visible = this.sheets.filter((s) => s.visibility === 'visible');
    if (visible.length === 1 && visible[0] === sheet) {
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    this.removeSheet(sheet.name);
  }

  /** @internal */ countWrite(): void {
    if (!this.failure) return;
    if (this.failure.remainingWrites === 0) {
      const { code, message } = this.failure;
      this.failure = null;
      throw new FakeOfficeError(code, message);
    }
    this.failure.remainingWrites--;
  }

  /** @internal */ writeContent(sheet: SheetState, row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return; // Excel: null leaves the cell unchanged
    const cell = sheet.cells.get(key(row, col)) ?? emptyCell();
    if (cell.formula) this.formulaValues.set(this.formulaKey(sheet, row, col, cell.formula), cell.value);
    const isText = cell.numberFormat === '@';
    cell.formula = null;
    if (typeof input === 'number' || typeof input === 'boolean') {
      if (typeof input === 'number' && !Number.isFinite(input)) {
        throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      cell.value = input;
    } else if (typeof input === 'string') {
      if (input === '') cell.value = null;
      else if (isText) cell.value = input;
      else if (input.startsWith('=') && input.length > 1) {
        cell.formula = input;
        cell.value = this.formulaValue(sheet, row, col, input);
      } else if (NUMERIC.test(input.trim())) cell.value = Number(input);
      else cell.value = input;
    } else {
      throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
    }
    sheet.cells.set(key(row, col), cell);
  }

  /** @internal */ cellAt(sheet: SheetState, row: number, col: number): FakeCell {
    return sheet.cells.get(key(row, col)) ?? emptyCell();
  }

  /** @internal */ updateCell(sheet: SheetState, row: number, col: number, change: Partial<FakeCell>): void {
    sheet.cells.set(key(row, col), { ...this.cellAt(sheet, row, col), ...change });
  }

  /** @internal */ usedArea(sheet: SheetState, valuesOnly: boolean): CellArea | null {
    let area: CellArea | null = null;
    const include = (row: number, col: number, bottom = row, right = col) => {
      area = area
        ? {
            top: Math.min(area.top, row),
            left: Math.min(area.left, col),
            bottom: Math.max(area.bottom, bottom),
            right: Math.max(area.right, right),
          }
        : { top: row, left: col, bottom, right };
    };
    for (const [k, cell] of sheet.cells) {
      const hasContent = cell.value !== null || cell.formula !== null;
      if (hasContent || (!valuesOnly && !isDefault(cell))) include(...unkey(k));
    }
    if (!valuesOnly) for (const m of sheet.merges) include(m.top, m.left, m.bottom, m.right);
    return area;
  }

  private formulaKey(sheet: SheetState, row: number, col: number, formula: string): string {
    return `${sheet.name}!${key(row, col)}|${formula}`;
  }

  private formulaValue(sheet: SheetState, row: number, col: number, formula: string): CellValue {
    const remembered = this.formulaValues.get(this.formulaKey(sheet, row, col, formula));
    if (remembered !== undefined) return remembered;
    return this.calculate?.(formula, { sheet: sheet.name, address: toA1(row, col) }) ?? null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Request context and proxies

export class FakeRequestContext {
  readonly workbook: FakeWorkbookProxy;
  private queue: Operation[] = [];
  private staged: Array<() => void> = [];
  private stagedBytes = 0;
  private calculationSuspended = false;
  readonly trackedObjects = { add: () => undefined, remove: () => undefined };

  constructor(readonly fake: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }

  get pendingOperations(): number {
    return this.queue.length;
  }

  /** @internal */ enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  /** @internal */ stage(commit: () => void, value: unknown): void {
    this.staged.push(commit);
    this.stagedBytes += jsonBytes(value) + 16;
  }

  /** @internal */ suspendCalculation(): void {
    this.calculationSuspended = true;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const fake = this.fake;
    fake.beforeSync?.(fake.syncs.length + 1, fake);
    const queue = this.queue;
    this.queue = [];
    this.staged = [];
    this.stagedBytes = 0;
    const record: SyncRecord = {
      requestBytes: 100 + queue.reduce((total, op) => total + op.bytes, 0),
      responseBytes: 0,
      loads: queue.filter((op) => op.kind === 'load').length,
      writes: queue.filter((op) => op.kind === 'write').length,
      actions: queue.filter((op) => op.kind === 'action').length,
      calculationSuspended: this.calculationSuspended,
    };
    this.calculationSuspended = false;
    fake.syncs.push(record);
    const fail = (error: FakeOfficeError) => {
      record.error = error.code;
      this.staged = [];
      throw error;
    };
    if (record.requestBytes > fake.payloadLimitBytes) {
      fail(new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.'));
    }
    for (const operation of queue) {
      try {
        if (operation.kind === 'write') fake.countWrite();
        operation.execute();
      } catch (error) {
        fail(error instanceof FakeOfficeError ? error : new FakeOfficeError('GeneralException', String(error)));
      }
    }
    record.responseBytes = 100 + this.stagedBytes;
    if (record.responseBytes > fake.payloadLimitBytes) {
      fail(
        new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.'),
      );
    }
    for (const commit of this.staged) commit();
    this.staged = [];
  }
}

function notLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

function loadPaths(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  const raw = typeof spec === 'string' || Array.isArray(spec) ? spec : (spec.select ?? []);
  const list = Array.isArray(raw) ? raw : raw.split(',');
  return list.map((p) => p.trim()).filter(Boolean);
}

/** Base of every proxy: load queues reads; getters throw until the value was loaded and synced. */
abstract class FakeClientObject {
  protected readonly loaded = new Map<string, unknown>();
  private resolvedNull: boolean | undefined;

  constructor(
    protected readonly context: FakeRequestContext,
    /** Whether this object came from an *OrNullObject method. */
    private readonly nullable = false,
  ) {
    if (nullable) {
      context.enqueue({
        kind: 'load',
        bytes: LOAD_OVERHEAD_BYTES,
        execute: () => {
          const isNull = this.isNullTarget();
          context.stage(() => (this.resolvedNull = isNull), isNull);
        },
      });
    }
  }

  protected abstract readonly scalarProperties: readonly string[];
  protected abstract readScalar(name: string): unknown;
  /** Resolve the target now (at sync); true when it does not exist (only for nullable objects). */
  protected isNullTarget(): boolean {
    return false;
  }
  protected navigation(_name: string): FakeClientObject | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.resolvedNull === undefined) throw notLoaded('isNullObject');
    return this.resolvedNull;
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.enqueue({ kind: 'load', bytes: LOAD_OVERHEAD_BYTES, execute: () => this.loadNow(paths) });
    return this;
  }

  /** @internal Runs at sync time, in queue order: read the state now, publish it when the sync succeeds. */
  loadNow(paths: string[]): void {
    if (this.nullable && this.isNullTarget()) return; // null objects load nothing
    // Paths through one navigation property load together ('areas/items/a,areas/items/b' → one item list).
    const childPaths = new Map<FakeClientObject, string[]>();
    for (const path of paths.length ? paths : this.scalarProperties) {
      const [head, ...rest] = path.split('/');
      const child = this.navigation(head);
      if (child) {
        const list = childPaths.get(child) ?? [];
        if (rest.length) list.push(rest.join('/'));
        childPaths.set(child, list);
        continue;
      }
      if (!this.scalarProperties.includes(head) || rest.length > 0) {
        throw new FakeOfficeError('InvalidArgument', `The fake cannot load '${path}' on ${this.constructor.name}.`);
      }
      const value = structuredCopy(this.readScalar(head));
      this.context.stage(() => this.loaded.set(head, value), value);
    }
    for (const [child, list] of childPaths) child.loadNow(list);
  }

  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** After a set, a loaded property reads back the value set (as Office.js does). */
  protected remember(name: string, value: unknown): void {
    if (this.loaded.has(name)) this.loaded.set(name, value);
  }

  protected write(bytesOf: unknown, execute: () => void): void {
    this.context.enqueue({ kind: 'write', bytes: WRITE_OVERHEAD_BYTES + jsonBytes(bytesOf), execute });
  }

  protected action(execute: () => void): void {
    this.context.enqueue({ kind: 'action', bytes: LOAD_OVERHEAD_BYTES, execute });
  }
}

/** 'items/name' → 'name' for a collection's items ('items' alone: every property). */
function itemPathsOf(paths: string[]): string[] {
  return paths
    .map((path) => (path.startsWith('items/') ? path.slice(6) : path === 'items' ? '' : path))
    .filter(Boolean);
}

function structuredCopy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export class FakeWorkbookProxy extends FakeClientObject {
  protected readonly scalarProperties = ['name'] as const;
  readonly worksheets: FakeWorksheetCollection;
  readonly application: { suspendApiCalculationUntilNextSync: () => void };
  readonly protection: FakeWorkbookProtection;

  constructor(context: FakeRequestContext) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.application = { suspendApiCalculationUntilNextSync: () => context.suspendCalculation() };
    this.protection = new FakeWorkbookProtection(context);
  }

  protected readScalar(): unknown {
    return 'Book1';
  }
  protected override navigation(name: string) {
    return name === 'protection' ? this.protection : undefined;
  }
}

class FakeWorkbookProtection extends FakeClientObject {
  protected readonly scalarProperties = ['protected'] as const;
  protected readScalar(): unknown {
    return this.context.fake.protected;
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

export class FakeWorksheetCollection extends FakeClientObject {
  protected readonly scalarProperties = [] as const;
  private itemProxies: FakeWorksheet[] | undefined;
  private readonly byId = new Map<number, FakeWorksheet>();

  protected readScalar(): unknown {
    return undefined;
  }

  get items(): FakeWorksheet[] {
    if (!this.itemProxies) throw notLoaded('items');
    return this.itemProxies;
  }

  override loadNow(paths: string[]): void {
    const proxies = this.context.fake.sheets.map((sheet) => {
      let proxy = this.byId.get(sheet.id);
      if (!proxy) {
        proxy = new FakeWorksheet(this.context, { id: sheet.id });
        this.byId.set(sheet.id, proxy);
      }
      return proxy;
    });
    this.context.stage(() => (this.itemProxies = proxies), proxies.length);
    for (const proxy of proxies) proxy.loadNow(itemPathsOf(paths));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, { name });
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, { name }, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, { active: true });
  }

  add(name?: string): FakeWorksheet {
    const proxy = new FakeWorksheet(this.context, { pending: true });
    this.context.enqueue({
      kind: 'write',
      bytes: WRITE_OVERHEAD_BYTES + jsonBytes(name),
      execute: () => {
        const sheetName = name ?? `Sheet${this.context.fake.sheets.length + 1}`;
        proxy.bind(this.context.fake.createSheet(sheetName).id);
      },
    });
    return proxy;
  }
}

type SheetRef = { id?: number; name?: string; active?: boolean; pending?: boolean };

export class FakeWorksheet extends FakeClientObject {
  protected readonly scalarProperties = ['name', 'visibility', 'position', 'id'] as const;
  readonly protection: FakeWorksheetProtection;
  readonly pageLayout: FakePageLayout;
  private sheetId: number | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly ref: SheetRef,
    nullable = false,
  ) {
    super(context, nullable);
    this.sheetId = ref.id;
    this.protection = new FakeWorksheetProtection(context, () => this.resolve());
    this.pageLayout = new FakePageLayout(context, () => this.resolve());
  }

  /** @internal */ bind(id: number): void {
    this.sheetId = id;
  }

  /** @internal */ resolve(): SheetState {
    const fake = this.context.fake;
    if (this.sheetId === undefined) {
      const found = this.ref.active
        ? fake.sheets.find((s) => s.id === fake.activeSheetId)
        : this.ref.name !== undefined
          ? fake.findSheet(this.ref.name)
          : undefined;
      if (!found) {
        throw new FakeOfficeError(
          'ItemNotFound',
          'The requested resource doesn’t exist.',
          `Worksheet '${this.ref.name}'`,
        );
      }
      this.sheetId = found.id; // later syncs follow the same sheet, even renamed
    }
    return fake.sheetById(this.sheetId);
  }

  protected override isNullTarget(): boolean {
    try {
      this.resolve();
      return false;
    } catch {
      return true;
    }
  }

  protected readScalar(name: string): unknown {
    const sheet = this.resolve();
    if (name === 'name') return sheet.name;
    if (name === 'visibility') return sheet.visibility[0].toUpperCase() + sheet.visibility.slice(1);
    if (name === 'position') return this.context.fake.sheets.indexOf(sheet);
    return `{${sheet.id}}`;
  }

  protected override navigation(name: string) {
    return name === 'protection' ? this.protection : name === 'pageLayout' ? this.pageLayout : undefined;
  }

  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    this.remember('name', value);
    this.write(value, () => {
      const sheet = this.resolve();
      const fake = this.context.fake;
      if (fake.protected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
      const other = fake.findSheet(value);
      if (other && other !== sheet) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${value} exists.`);
      sheet.name = value;
    });
  }

  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(value: string) {
    this.remember('visibility', value);
    this.write(value, () => {
      const sheet = this.resolve();
      if (this.context.fake.protected)
        throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
      sheet.visibility = (value[0].toLowerCase() + value.slice(1)) as SheetVisibility;
    });
  }

  get position(): number {
    return this.get('position');
  }
  set position(value: number) {
    this.remember('position', value);
    this.write(value, () => {
      const sheet = this.resolve();
      const fake = this.context.fake;
      if (fake.protected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
      const others = fake.sheets.filter((s) => s !== sheet);
      const at = Math.max(0, Math.min(value, others.length));
      fake.sheets = [...others.slice(0, at), sheet, ...others.slice(at)];
    });
  }

  get id(): string {
    return this.get('id');
  }

  activate(): void {
    this.action(() => {
      const sheet = this.resolve();
      if (sheet.visibility !== 'visible')
        throw new FakeOfficeError('InvalidOperation', 'Cannot activate a hidden sheet.');
      this.context.fake.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.write(null, () => this.context.fake.deleteSheet(this.resolve()));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      if (address === undefined)
        return { sheet, area: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
      try {
        return { sheet, area: parseArea(address) };
      } catch {
        throw new FakeOfficeError('InvalidArgument', `The address ${address} is not valid.`);
      }
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => {
      if (startRow < 0 || startColumn < 0 || rowCount < 1 || columnCount < 1) {
        throw new FakeOfficeError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      }
      return {
        sheet: this.resolve(),
        area: {
          top: startRow,
          left: startColumn,
          bottom: startRow + rowCount - 1,
          right: startColumn + columnCount - 1,
        },
      };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      return { sheet, area: this.context.fake.usedArea(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolve();
        const area = this.context.fake.usedArea(sheet, valuesOnly);
        return area ? { sheet, area } : null;
      },
      true,
    );
  }
}

class FakeWorksheetProtection extends FakeClientObject {
  protected readonly scalarProperties = ['protected'] as const;
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
  }
  protected readScalar(): unknown {
    return this.sheet().protected;
  }
  get protected(): boolean {
    return this.get('protected');
  }
}

/** worksheet.pageLayout (ExcelApi 1.9): paper, orientation and zoom, write-only here. */
class FakePageLayout extends FakeClientObject {
  protected readonly scalarProperties = ['paperSize', 'orientation', 'zoom'] as const;
  constructor(
    context: FakeRequestContext,
    private readonly sheet: () => SheetState,
  ) {
    super(context);
  }
  protected readScalar(name: string): unknown {
    return this.sheet().pageLayout[name as keyof FakePageSetup] ?? null;
  }
  private set(key: keyof FakePageSetup, value: unknown, valid: boolean): void {
    this.remember(key, value);
    this.write(value, () => {
      const sheet = this.sheet();
      assertWritable(sheet);
      if (!valid) throw new FakeOfficeError('InvalidArgument', `The ${key} value is not valid.`);
      (sheet.pageLayout as Record<string, unknown>)[key] = value;
    });
  }
  get paperSize(): string {
    return this.get('paperSize');
  }
  set paperSize(value: string) {
    this.set('paperSize', value, typeof value === 'string' && value !== '');
  }
  get orientation(): string {
    return this.get('orientation');
  }
  set orientation(value: string) {
    this.set('orientation', value, value === 'Portrait' || value === 'Landscape');
  }
  get zoom(): FakePageSetup['zoom'] {
    return this.get('zoom');
  }
  set zoom(value: FakePageSetup['zoom']) {
    this.set('zoom', value, typeof value === 'object' && value !== null);
  }
}

type RangeTarget = { sheet: SheetState; area: CellArea };

export class FakeRange extends FakeClientObject {
  protected readonly scalarProperties = [
    'address',
    'values',
    'formulas',
    'numberFormat',
    'text',
    'rowIndex',
    'columnIndex',
    'rowCount',
    'columnCount',
  ] as const;
  readonly format: FakeRangeFormat;
  private target: RangeTarget | null | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly locate: () => RangeTarget | null,
    nullable = false,
  ) {
    super(context, nullable);
    this.format = new FakeRangeFormat(context, () => this.resolve());
  }

  /** Resolved once, at the first sync that touches it (like Excel's object references). */
  /** @internal */ resolve(): RangeTarget {
    if (this.target === undefined) this.target = this.locate();
    if (this.target === null) throw new FakeOfficeError('InvalidObjectPath', 'The object is a null object.');
    // The sheet may have been deleted since the range was resolved.
    this.context.fake.sheetById(this.target.sheet.id);
    return this.target;
  }

  protected override isNullTarget(): boolean {
    if (this.target === undefined) this.target = this.locate();
    return this.target === null;
  }

  protected override navigation(name: string) {
    return name === 'format' ? this.format : undefined;
  }

  private forEachCell<T>(pick: (cell: FakeCell, row: number, col: number) => T): T[][] {
    const { sheet, area } = this.resolve();
    if ((area.bottom - area.top + 1) * (area.right - area.left + 1) > 5_000_000) {
      throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The range is too large to read.');
    }
    const fake = this.context.fake;
    const rows: T[][] = [];
    for (let row = area.top; row <= area.bottom; row++) {
      const line: T[] = [];
      for (let col = area.left; col <= area.right; col++) line.push(pick(fake.cellAt(sheet, row, col), row, col));
      rows.push(line);
    }
    return rows;
  }

  protected readScalar(name: string): unknown {
    const { sheet, area } = this.resolve();
    switch (name) {
      case 'address':
        return `${quoteSheetName(sheet.name)}!${areaToA1(area)}`;
      case 'rowIndex':
        return area.top;
      case 'columnIndex':
        return area.left;
      case 'rowCount':
        return area.bottom - area.top + 1;
      case 'columnCount':
        return area.right - area.left + 1;
      case 'values':
        return this.forEachCell((cell) => cell.value ?? '');
      case 'formulas':
        return this.forEachCell((cell) => cell.formula ?? cell.value ?? '');
      case 'numberFormat':
        return this.forEachCell((cell) => cell.numberFormat);
      default:
        return this.forEachCell((cell) => (cell.value === null ? '' : String(cell.value)));
    }
  }

  get address(): string {
    return this.get('address');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get text(): string[][] {
    return this.get('text');
  }

  get values(): unknown[][] {
    return this.get('values');
  }
  set values(input: unknown[][]) {
    this.setContent('values', input);
  }
  get formulas(): unknown[][] {
    return this.get('formulas');
  }
  set formulas(input: unknown[][]) {
    this.setContent('formulas', input);
  }
  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(input: unknown[][]) {
    this.remember('numberFormat', input);
    this.write(input, () =>
      this.eachInput(input, (sheet, row, col, format) => {
        if (format === null || format === undefined) return;
        if (typeof format !== 'string') throw new FakeOfficeError('InvalidArgument', 'Number formats must be strings.');
        this.context.fake.updateCell(sheet, row, col, { numberFormat: format === '' ? 'General' : format });
      }),
    );
  }

  private setContent(name: string, input: unknown[][]): void {
    this.remember(name, input);
    this.write(input, () =>
      this.eachInput(input, (sheet, row, col, value) => this.context.fake.writeContent(sheet, row, col, value)),
    );
  }

  /** Apply a 2-D input (exact shape) or a scalar (every cell) to the resolved range of a writable sheet. */
  private eachInput(input: unknown, apply: (sheet: SheetState, row: number, col: number, value: unknown) => void) {
    const { sheet, area } = this.resolve();
    assertWritable(sheet);
    const height = area.bottom - area.top + 1;
    const width = area.right - area.left + 1;
    const grid = Array.isArray(input) ? (input as unknown[][]) : null;
    if (grid && (grid.length !== height || grid.some((line) => !Array.isArray(line) || line.length !== width))) {
      throw new FakeOfficeError(
        'InvalidArgument',
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range.`,
      );
    }
    for (let r = 0; r < height; r++) {
      for (let c = 0; c < width; c++) apply(sheet, area.top + r, area.left + c, grid ? grid[r][c] : input);
    }
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, area } = this.resolve();
      return {
        sheet,
        area: { top: area.top + row, left: area.left + column, bottom: area.top + row, right: area.left + column },
      };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const { sheet, area } = this.resolve();
      const merges = sheet.merges.filter((m) => overlaps(m, area));
      return merges.length ? merges.map((m) => ({ sheet, area: m })) : null;
    });
  }

  getCellProperties(spec: { format?: { font?: { bold?: boolean }; wrapText?: boolean } }) {
    return this.propertiesResult(spec, () =>
      this.forEachCell((cell) => {
        const format: Record<string, unknown> = {};
        if (spec.format?.font?.bold) format.font = { bold: cell.bold };
        if (spec.format?.wrapText) format.wrapText = cell.wrap;
        return { format };
      }),
    );
  }

  getColumnProperties(spec: { columnIndex?: boolean; format?: { columnWidth?: boolean } }) {
    return this.propertiesResult(spec, () => {
      const { sheet, area } = this.resolve();
      return Array.from({ length: area.right - area.left + 1 }, (_, i) => {
        const col = area.left + i;
        const properties: Record<string, unknown> = {};
        if (spec.columnIndex) properties.columnIndex = col;
        if (spec.format?.columnWidth)
          properties.format = { columnWidth: sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH };
        return properties;
      });
    });
  }

  private propertiesResult<T>(spec: unknown, read: () => T): FakeClientResult<T> {
    const result = new FakeClientResult<T>();
    this.context.enqueue({
      kind: 'load',
      bytes: LOAD_OVERHEAD_BYTES + jsonBytes(spec),
      execute: () => {
        const value = read();
        this.context.stage(() => result.set(value), value);
      },
    });
    return result;
  }

  select(): void {
    this.action(() => {
      const { sheet, area } = this.resolve();
      if (sheet.visibility !== 'visible')
        throw new FakeOfficeError('InvalidOperation', 'Cannot select on a hidden sheet.');
      this.context.fake.activeSheetId = sheet.id;
      this.context.fake.selection = { sheet: sheet.name, address: areaToA1(area) };
    });
  }

  merge(across = false): void {
    this.write(across, () => {
      const { sheet, area } = this.resolve();
      assertWritable(sheet);
      const areas: CellArea[] = across
        ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({
            ...area,
            top: area.top + i,
            bottom: area.top + i,
          }))
        : [area];
      for (const merged of areas) {
        sheet.merges = sheet.merges.filter((m) => !overlaps(m, merged));
        sheet.merges.push(merged);
        // Excel keeps only the anchor's content.
        for (let row = merged.top; row <= merged.bottom; row++) {
          for (let col = merged.left; col <= merged.right; col++) {
            if (row !== merged.top || col !== merged.left)
              this.context.fake.updateCell(sheet, row, col, { value: null, formula: null });
          }
        }
      }
    });
  }

  unmerge(): void {
    this.write(null, () => {
      const { sheet, area } = this.resolve();
      assertWritable(sheet);
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, area));
    });
  }

  clear(): void {
    this.write(null, () => {
      const { sheet, area } = this.resolve();
      assertWritable(sheet);
      for (const k of [...sheet.cells.keys()]) {
        const [row, col] = unkey(k);
        if (row >= area.top && row <= area.bottom && col >= area.left && col <= area.right) sheet.cells.delete(k);
      }
    });
  }
}

function assertWritable(sheet: SheetState): void {
  if (sheet.protected) {
    throw new FakeOfficeError(
      'AccessDenied',
      'The cell or chart you’re trying to change is on a protected sheet.',
      sheet.name,
    );
  }
}

class FakeRangeFormat extends FakeClientObject {
  protected readonly scalarProperties = ['wrapText', 'columnWidth', 'rowHeight'] as const;
  readonly font: FakeRangeFont;

  constructor(
    context: FakeRequestContext,
    private readonly range: () => RangeTarget,
  ) {
    super(context);
    this.font = new FakeRangeFont(context, range);
  }

  protected override navigation(name: string) {
    return name === 'font' ? this.font : undefined;
  }

  protected readScalar(name: string): unknown {
    const { sheet, area } = this.range();
    if (name === 'rowHeight') {
      const heights = new Set<number>();
      for (let row = area.top; row <= area.bottom; row++) heights.add(sheet.rowHeights.get(row) ?? DEFAULT_ROW_HEIGHT);
      return heights.size === 1 ? [...heights][0] : null;
    }
    if (name === 'columnWidth') {
      const widths = new Set<number>();
      for (let col = area.left; col <= area.right; col++)
        widths.add(sheet.columnWidths.get(col) ?? DEFAULT_COLUMN_WIDTH);
      return widths.size === 1 ? [...widths][0] : null;
    }
    return uniform(this.context.fake, this.range(), (cell) => cell.wrap);
  }

  get wrapText(): boolean | null {
    return this.get('wrapText');
  }
  set wrapText(value: boolean | null) {
    this.remember('wrapText', value);
    this.write(value, () => {
      const { sheet, area } = this.range();
      assertWritable(sheet);
      forArea(area, (row, col) => this.context.fake.updateCell(sheet, row, col, { wrap: Boolean(value) }));
    });
  }

  get rowHeight(): number {
    return this.get('rowHeight');
  }
  set rowHeight(value: number) {
    this.remember('rowHeight', value);
    this.write(value, () => {
      const { sheet, area } = this.range();
      assertWritable(sheet);
      if (!(value >= 0 && value <= 409)) throw new FakeOfficeError('InvalidArgument', 'Row height must be 0–409.');
      for (let row = area.top; row <= area.bottom; row++) sheet.rowHeights.set(row, value);
    });
  }

  get columnWidth(): number {
    return this.get('columnWidth');
  }
  set columnWidth(value: number) {
    this.remember('columnWidth', value);
    this.write(value, () => {
      const { sheet, area } = this.range();
      assertWritable(sheet);
      if (!(value >= 0)) throw new FakeOfficeError('InvalidArgument', 'Column width must be a number ≥ 0.');
      for (let col = area.left; col <= area.right; col++) sheet.columnWidths.set(col, value);
    });
  }
}

class FakeRangeFont extends FakeClientObject {
  protected readonly scalarProperties = ['bold'] as const;
  constructor(
    context: FakeRequestContext,
    private readonly range: () => RangeTarget,
  ) {
    super(context);
  }
  protected readScalar(): unknown {
    return uniform(this.context.fake, this.range(), (cell) => cell.bold);
  }
  get bold(): boolean | null {
    return this.get('bold');
  }
  set bold(value: boolean | null) {
    this.remember('bold', value);
    this.write(value, () => {
      const { sheet, area } = this.range();
      assertWritable(sheet);
      forArea(area, (row, col) => this.context.fake.updateCell(sheet, row, col, { bold: Boolean(value) }));
    });
  }
}

function forArea(area: CellArea, visit: (row: number, col: number) => void): void {
  for (let row = area.top; row <= area.bottom; row++)
    for (let col = area.left; col <= area.right; col++) visit(row, col);
}

function uniform(fake: FakeWorkbook, { sheet, area }: RangeTarget, pick: (cell: FakeCell) => boolean): boolean | null {
  const seen = new Set<boolean>();
  forArea(area, (row, col) => seen.add(pick(fake.cellAt(sheet, row, col))));
  return seen.size === 1 ? [...seen][0] : null;
}

/** RangeAreas from getMergedAreasOrNullObject: `areas.items` and `address`, `areaCount`. */
export class FakeRangeAreas extends FakeClientObject {
  protected readonly scalarProperties = ['address', 'areaCount'] as const;
  readonly areas: FakeRangeCollection;
  private targets: RangeTarget[] | null | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly locate: () => RangeTarget[] | null,
  ) {
    super(context, true);
    this.areas = new FakeRangeCollection(context, () => this.resolveAll());
  }

  private resolveAll(): RangeTarget[] {
    if (this.targets === undefined) this.targets = this.locate();
    if (this.targets === null) throw new FakeOfficeError('InvalidObjectPath', 'The object is a null object.');
    return this.targets;
  }

  protected override isNullTarget(): boolean {
    if (this.targets === undefined) this.targets = this.locate();
    return this.targets === null;
  }

  protected override navigation(name: string) {
    return name === 'areas' ? this.areas : undefined;
  }

  protected readScalar(name: string): unknown {
    const targets = this.resolveAll();
    if (name === 'areaCount') return targets.length;
    return targets.map(({ sheet, area }) => `${quoteSheetName(sheet.name)}!${areaToA1(area)}`).join(', ');
  }

  get address(): string {
    return this.get('address');
  }
  get areaCount(): number {
    return this.get('areaCount');
  }
}

export class FakeRangeCollection extends FakeClientObject {
  protected readonly scalarProperties = [] as const;
  private itemProxies: FakeRange[] | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly targets: () => RangeTarget[],
  ) {
    super(context);
  }

  protected readScalar(): unknown {
    return undefined;
  }

  get items(): FakeRange[] {
    if (!this.itemProxies) throw notLoaded('items');
    return this.itemProxies;
  }

  override loadNow(paths: string[]): void {
    let targets: RangeTarget[];
    try {
      targets = this.targets();
    } catch {
      return; // a null RangeAreas has no items
    }
    const proxies = targets.map((target) => new FakeRange(this.context, () => target));
    this.context.stage(() => (this.itemProxies = proxies), proxies.length);
    for (const proxy of proxies) proxy.loadNow(itemPathsOf(paths));
  }
}

export class FakeClientResult<T> {
  private loadedValue: { value: T } | undefined;
  /** @internal */ set(value: T): void {
    this.loadedValue = { value };
  }
  get value(): T {
    if (!this.loadedValue) throw notLoaded('value');
    return this.loadedValue.value;
  }
}
