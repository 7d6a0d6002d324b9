/**
 * The Host contract: what the task pane and the standalone page need from whatever holds the workbook (Excel
 * through Office.js, a file opened in the browser, WPS next). Components receive a Host and never call Office,
 * the package reader or the engine themselves. Every operation that changes the workbook resolves with the view the pane
 * shows next — the engine's answer on what the host knows it wrote — so the pane is never stale.
 */
import type { Evaluation, Fix } from '../engine/model';
import type { NarrativeMarker } from '../engine/narrative/markers';
import type { PackageProblem } from '../package/errors';

/** Which host runs; a new host (WPS) adds its kind here and a folder implementing Host. */
/** Why a workbook file could not be opened: the package reader's problems (a lying entry size reads as corrupt). */
export type FileProblem = Exclude<PackageProblem, 'sizeMismatch'>;

/** The languages the hosts and the pane speak (the engine's); Chinese first. */
export type { Locale } from '../engine/render';

export type HostKind = 'excel' | 'standalone';

/** The steps of one evaluation, in order; a host reports each as it starts (the page shows a progress bar). */
export type ProgressStep = 'read' | 'evaluate' | 'write';

export interface Progress {
  step: ProgressStep;
  /** 0..1 over the whole evaluation. */
  fraction: number;
}

/** What the last action changed in the workbook. */
export interface WrittenSummary {
  /** Cells written, as "Sheet!A1" in write order (plan cells, fixes and what came with them). */
  cells: Array<{ sheet: string; cell: string }>;
  /** Generated sheets that did not exist before. */
  added: string[];
  /** Generated sheets rewritten in place. */
  updated: string[];
}

/** A value a fix is about to change, as the cell shows it now and after ("J6：4 → 3.83"). */
export interface CellChange {
  fix: Fix;
  from: string;
  to: string;
}

/** A finding's fix shown before it is applied, with what must change with it (a typed 总分). */
export interface FixPreview {
  /** Index into evaluation.findings. */
  finding: number;
  change: CellChange;
  /** Changes the fix makes necessary in the same table: the typed 总分 / 等级 that would no longer add up. */
  followUps: Array<CellChange & { role: FollowUpRole }>;
}

export type FollowUpRole = 'total' | 'grade';

/**
 * What the pane gets of an evaluation: plain data that crosses a worker boundary. The scored model stays
 * with the engine (the tables carry its totals and grades; the UI never scores).
 */
export type EvaluationView = Omit<Evaluation, 'scored'>;

/** A table's total score ("98.4") and execution rate ("94.08%") as the pane shows them. */
export interface TableText {
  total: string | null;
  rate: string | null;
}

/**
 * The evaluation as the pane shows it, in the pane's locale, made where the engine runs (src/host/present):
 * the UI needs no engine to show a view.
 */
export interface ViewText {
  /** Each finding's message, in findings order. */
  findings: string[];
  /** Each table's figures as shown, in tables order (null: the table has none). */
  tables: TableText[];
  /** The 自评报告: plain text (复制全文), HTML for the clipboard, and its markers in order. */
  report: { text: string; html: string; markers: NarrativeMarker[] };
}

export interface HostView {
  evaluation: EvaluationView;
  text: ViewText;
  /** Null when the view was not produced by a write (reopened pane, after undo). */
  written: WrittenSummary | null;
  /** One entry per finding that has a fix, in findings order. */
  fixes: FixPreview[];
}

export interface EvaluateRequest {
  /** Rule profile name ('national', …). */
  profile: string;
  onProgress?(progress: Progress): void;
}

export interface Host {
  kind: HostKind;
  /** Read every sheet, run the engine, write the plan; resolves with the view to show. */
  evaluate(request?: EvaluateRequest): Promise<HostView>;
  /**
   * Write fixes in one batch (undoable with undo()), together with the follow-ups each needs (the typed total),
   * and re-evaluate from what was written: no read of the workbook.
   */
  applyFixes(fixes: Fix[]): Promise<HostView>;
  /**
   * Restore every cell the evaluation and its fixes touched and remove the sheets it created; resolves with
   * the view of the restored workbook (what a fresh 评估 would show), or null when there is none.
   */
  undo(): Promise<HostView | null>;
  canUndo(): boolean;
  /** Activate the sheet and select the cell. */
  goTo(sheet: string, cell: string): Promise<void>;
  /** The last evaluation's view when the pane is reopened on an evaluated workbook (read only), else null. */
  resume?(profile?: string): Promise<HostView | null>;
  /** A key naming the open workbook, to remember per-workbook choices (the profile); null when unknown. */
  workbookKey(): string | null;
}

/** Extra operations of the standalone page (a workbook chosen from disk). */
export interface StandaloneHost extends Host {
  kind: 'standalone';
  /** Load an .xlsx chosen by the user; rejects with a user-facing message on bad files. */
  loadFile(name: string, bytes: ArrayBuffer, onProgress?: (progress: Progress) => void): Promise<void>;
  /** The evaluated workbook (write plan + 自评报告 + 评估结果) as .xlsx bytes, with a file name. */
  exportWorkbook(): Promise<{ name: string; bytes: ArrayBuffer }>;
}
