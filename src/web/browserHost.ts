/**
 * StandaloneHost: a workbook chosen from disk, held as its .xlsx / .xlsm bytes in the page. The package
 * reader and writer (src/package) are loaded lazily (a dynamic import) so the add-in's bundle never
 * carries them; nothing here touches the network.
 *
 * The page keeps bytes, never a workbook object: evaluating reads the current bytes and writes the
 * evaluated copy (the user's package plus our cells and sheets); a fix patches the current bytes. Undo
 * goes back to the bytes before the evaluation, which drops the generated sheets and every write.
 */
import type { Evaluation, Fix } from '../engine/model';
import type { WorkbookSnapshot } from '../engine/snapshot';
import { evaluateWorkbook } from '../engine/evaluate';
import type { StandaloneHost } from '../taskpane/host';
import { fillTemplate } from '../engine/template';
import { type FileProblem, type Locale, messagesFor } from '../taskpane/messages';

/** A user-facing error (the message is already in the user's language). */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}

/** The part of src/package the page uses. */
export type PackageApi = Pick<typeof import('../package'), 'readPackage' | 'writeEvaluated' | 'patchPackage'>;

export interface BrowserHostOptions {
  locale: Locale;
  /** Defaults to a dynamic import of src/package (a separate chunk, fetched from our own origin). */
  loadPackage?: () => Promise<PackageApi>;
  evaluate?: (snapshot: WorkbookSnapshot) => Evaluation;
}

export interface BrowserHost extends StandaloneHost {
  /** Name of the loaded file, or null before one is loaded. */
  fileName(): string | null;
}

export function importPackage(): Promise<PackageApi> {
  return import(/* webpackChunkName: "package" */ '../package');
}

/** "报表.xlsx" → "报表.评估.xlsx", "宏.xlsm" → "宏.评估.xlsm" (the CLI's naming). */
export function evaluatedFileName(name: string): string {
  const match = /\.(xlsx|xlsm)$/i.exec(name);
  const extension = match ? match[1].toLowerCase() : 'xlsx';
  return `${match ? name.slice(0, -match[0].length) : name}.评估.${extension}`;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

function problemOf(error: unknown): FileProblem {
  const problem = (error as { problem?: string } | null)?.problem;
  return problem === 'sizeMismatch' || !problem ? 'corrupt' : (problem as FileProblem);
}

export function createBrowserHost(options: BrowserHostOptions): BrowserHost {
  const messages = messagesFor(options.locale);
  const loadPackage = options.loadPackage ?? importPackage;
  const evaluate = options.evaluate ?? ((snapshot: WorkbookSnapshot) => evaluateWorkbook(snapshot));
  let api: PackageApi | null = null;
  let current: Uint8Array | null = null;
  let name: string | null = null;
  let undoBytes: Uint8Array | null = null;
  let evaluated = false;

  function requireBytes(): Uint8Array {
    if (!current) throw new UserFacingError(messages.chooseFileFirst);
    return current;
  }

  return {
    kind: 'standalone',

    fileName: () => name,

    async loadFile(fileName, bytes) {
      if (!/\.(xlsx|xlsm)$/i.test(fileName)) {
        throw new UserFacingError(fillTemplate(messages.loadFailed, { name: fileName, detail: messages.notXlsx }));
      }
      const loaded = new Uint8Array(bytes.slice(0));
      try {
        api ??= await loadPackage();
        api.readPackage(loaded, fileName); // refuse a bad file now, not at the first evaluation
      } catch (error) {
        const detail = messages.fileProblem[problemOf(error)] ?? messages.fileProblem.corrupt;
        throw new UserFacingError(fillTemplate(messages.loadFailed, { name: fileName, detail }));
      }
      current = loaded;
      name = fileName;
      undoBytes = null;
      evaluated = false;
    },

    async evaluate() {
      const before = requireBytes();
      const evaluation = evaluate(api!.readPackage(before, name ?? undefined));
      current = api!.writeEvaluated(before, evaluation);
      undoBytes = before;
      evaluated = true;
      return evaluation;
    },

    async goTo() {
      // The page has no grid to move in; the panel highlights the finding and names its cell instead.
    },

    async applyFixes(fixes: Fix[]) {
      current = api!.patchPackage(requireBytes(), { cells: fixes, sheets: [] });
    },

    async undo() {
      if (!undoBytes) return;
      current = undoBytes;
      undoBytes = null;
      evaluated = false;
    },

    canUndo: () => undoBytes !== null,

    async exportWorkbook() {
      const bytes = requireBytes();
      if (!evaluated) throw new UserFacingError(messages.evaluateFirst);
      return { name: evaluatedFileName(name ?? 'workbook.xlsx'), bytes: toArrayBuffer(bytes) };
    },
  };
}
