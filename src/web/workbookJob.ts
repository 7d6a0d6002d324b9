/**
 * The standalone page's work on a workbook — read, evaluate, write, fix, undo, export — in one place, run in a
 * Web Worker (src/web/workbook.worker.ts) so the page never freezes; tests run it in-thread. This is the one
 * module that calls the workbook reader and writer (src/package, loaded lazily as its own chunk).
 *
 * The job keeps bytes, never a workbook object: evaluating writes the evaluated copy (the user's package plus
 * our cells and sheets); a fix patches the current bytes. Undo goes back to the bytes before the first write.
 */
import type { Fix } from '../engine/model';
import type { Locale } from '../engine/render';
import type { HostView, Progress } from '../host/contract';
import type { WorkbookJobApi } from './jobApi';
import type { EvaluateFn, EvaluationSession } from '../host/session';
import type { FileProblem } from '../host/contract';
import { WorkbookFileError } from './fileError';

/** The part of src/package the page uses. */
export type PackageApi = Pick<typeof import('../package'), 'readPackage' | 'writeEvaluated' | 'patchPackage'>;

export function importPackage(): Promise<PackageApi> {
  return import(/* webpackChunkName: "package" */ '../package');
}

/** The engine and the session, as the job uses them. */
export type JobEngine = typeof import('./jobEngine');

export function importEngine(): Promise<JobEngine> {
  return import(/* webpackChunkName: "engine" */ './jobEngine');
}

export { WorkbookFileError };

function problemOf(error: unknown): FileProblem {
  const problem = (error as { problem?: string } | null)?.problem;
  return problem === 'sizeMismatch' || !problem ? 'corrupt' : (problem as FileProblem);
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export type { WorkbookJobApi };

export interface WorkbookJobOptions {
  loadPackage?: () => Promise<PackageApi>;
  evaluate?: EvaluateFn;
  loadEngine?: () => Promise<JobEngine>;
}

export class WorkbookJob implements WorkbookJobApi {
  private api: PackageApi | null = null;
  private current: Uint8Array | null = null;
  private undoBytes: Uint8Array | null = null;
  private session: EvaluationSession | null = null;
  private locale: Locale = 'zh-CN';
  private engine: JobEngine | null = null;

  constructor(private readonly options: WorkbookJobOptions = {}) {}

  /** The engine chunk (webpack fetches it once; load() starts it so 评估 rarely waits). */
  private async requireEngine(): Promise<{ engine: JobEngine; evaluate: EvaluateFn }> {
    const engine = (this.engine ??= await (this.options.loadEngine ?? importEngine)());
    const evaluate: EvaluateFn =
      this.options.evaluate ?? ((snapshot, profile) => engine.evaluateWorkbook(snapshot, { profile }));
    return { engine, evaluate };
  }

  private requireBytes(): Uint8Array {
    if (!this.current || !this.api) throw new WorkbookFileError('empty');
    return this.current;
  }

  async load(bytes: ArrayBuffer, locale: Locale, onProgress?: (progress: Progress) => void): Promise<void> {
    onProgress?.({ step: 'read', fraction: 0 });
    const loaded = new Uint8Array(bytes.slice(0));
    try {
      this.api ??= await (this.options.loadPackage ?? importPackage)();
      this.api.readPackage(loaded); // refuse a bad file now, not at the first evaluation
    } catch (error) {
      throw new WorkbookFileError(problemOf(error));
    }
    void this.requireEngine().catch(() => undefined); // a failure shows at 评估, where it is reported
    this.current = loaded;
    this.locale = locale;
    this.undoBytes = null;
    this.session = null;
  }

  async evaluate(profile: string, onProgress?: (progress: Progress) => void): Promise<HostView> {
    const before = this.requireBytes();
    const api = this.api!;
    onProgress?.({ step: 'read', fraction: 0.05 });
    const { engine, evaluate } = await this.requireEngine();
    const session = new engine.EvaluationSession(api.readPackage(before), evaluate, this.locale);
    onProgress?.({ step: 'evaluate', fraction: 0.3 });
    const evaluation = session.run(profile);
    onProgress?.({ step: 'write', fraction: 0.75 });
    const existing = new Set(session.snapshot.sheets.map((sheet) => sheet.name));
    this.current = api.writeEvaluated(before, evaluation);
    session.wrote(evaluation.writePlan.cells);
    this.undoBytes ??= before;
    this.session = session;
    const generated = evaluation.writePlan.sheets.map((sheet) => sheet.name);
    const view = session.view(
      engine.writtenSummary(evaluation.writePlan.cells, generated, (name) => existing.has(name)),
    );
    onProgress?.({ step: 'write', fraction: 1 });
    return view;
  }

  async applyFixes(fixes: Fix[]): Promise<HostView> {
    const before = this.requireBytes();
    const session = this.session;
    if (!session) throw new WorkbookFileError('empty');
    const { engine } = await this.requireEngine();
    const all = session.expand(fixes);
    const next = session.next(all);
    const fixed = new Set(all.map((fix) => `${fix.sheet}!${fix.cell}`));
    // The fixes, the plan after them and the refreshed 自评报告/评估结果, as a fresh 评估 would write them.
    const planned = next.evaluation.writePlan.cells.filter((write) => !fixed.has(`${write.sheet}!${write.cell}`));
    this.current = this.api!.patchPackage(before, {
      cells: [...all, ...planned],
      sheets: next.evaluation.writePlan.sheets,
    });
    this.undoBytes ??= before;
    session.commit(next);
    session.wrote(planned);
    const generated = next.evaluation.writePlan.sheets.map((sheet) => sheet.name);
    return session.view(engine.writtenSummary([...all, ...planned], generated, () => true));
  }

  async undo(): Promise<HostView | null> {
    if (!this.undoBytes) return null;
    this.current = this.undoBytes;
    this.undoBytes = null;
    const session = this.session;
    if (!session) return null;
    session.reset();
    session.run(session.profileName);
    return session.view(null);
  }

  async canUndo(): Promise<boolean> {
    return this.undoBytes !== null;
  }

  async exportBytes(): Promise<ArrayBuffer> {
    return toArrayBuffer(this.requireBytes());
  }
}
