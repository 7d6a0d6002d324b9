/**
 * Test doubles for the task pane tests: a Host that records calls and lets a test hold an operation open,
 * and an Evaluation shaped like the engine's output (real rule codes, so the real renderer words them).
 */
import type { Evaluation, Finding, Fix, Table } from '../../src/engine/model';
import type { Locale } from '../../src/engine/render';
import type { EvaluateRequest, Host, HostView, WrittenSummary } from '../../src/host/contract';
import { presentEvaluation } from '../../src/host/present';
import { makeFundLine, makeTable } from '../fixtures/model';

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** The view a host returns for an evaluation (previews as the real session words them: from → to). */
export function viewOf(
  evaluation: Evaluation,
  written: WrittenSummary | null = null,
  locale: Locale = 'zh-CN',
): HostView {
  return {
    evaluation,
    text: presentEvaluation(evaluation, locale),
    written,
    fixes: evaluation.findings.flatMap((finding, index) =>
      finding.fix
        ? [{ finding: index, change: { fix: finding.fix, from: 'old', to: String(finding.fix.value) }, followUps: [] }]
        : [],
    ),
  };
}

/** A Host double: each method records its arguments; `next*` lets a test decide the outcome. */
export class RecordingHost implements Host {
  kind: 'excel' | 'standalone' = 'excel';
  calls: { method: string; args: unknown[] }[] = [];
  undoAvailable = false;
  evaluation: Evaluation;
  written: WrittenSummary | null = { cells: [], added: ['自评报告', '评估结果'], updated: [] };
  /** The language the views are worded in. */
  locale: Locale = 'zh-CN';
  /** The view after applyFixes (default: the findings without those fixed). */
  afterFix: ((fixes: Fix[]) => HostView) | null = null;
  /** Called for the outcome of the next operations (lazily, so a planned rejection is never unhandled). */
  nextEvaluate: (() => Promise<Evaluation>) | null = null;
  nextGoTo: (() => Promise<void>) | null = null;
  nextApplyFixes: (() => Promise<void>) | null = null;
  nextUndo: (() => Promise<void>) | null = null;

  constructor(evaluation: Evaluation) {
    this.evaluation = evaluation;
  }

  callsOf(method: string): unknown[][] {
    return this.calls.filter((call) => call.method === method).map((call) => call.args);
  }

  workbookKey(): string | null {
    return 'test:workbook';
  }

  async evaluate(request?: EvaluateRequest): Promise<HostView> {
    this.calls.push({ method: 'evaluate', args: [request?.profile] });
    const result = await (this.nextEvaluate ? this.nextEvaluate() : this.evaluation);
    this.undoAvailable = true;
    return viewOf(result, this.written, this.locale);
  }

  async goTo(sheet: string, cell: string): Promise<void> {
    this.calls.push({ method: 'goTo', args: [sheet, cell] });
    await this.nextGoTo?.();
  }

  async applyFixes(fixes: Fix[]): Promise<HostView> {
    this.calls.push({ method: 'applyFixes', args: [fixes] });
    await this.nextApplyFixes?.();
    if (this.afterFix) return this.afterFix(fixes);
    const cells = new Set(fixes.map((fix) => `${fix.sheet}!${fix.cell}`));
    const remaining = this.evaluation.findings.filter(
      (finding) => !finding.fix || !cells.has(`${finding.fix.sheet}!${finding.fix.cell}`),
    );
    this.evaluation = { ...this.evaluation, findings: remaining };
    return viewOf(
      this.evaluation,
      { cells: fixes.map(({ sheet, cell }) => ({ sheet, cell })), added: [], updated: [] },
      this.locale,
    );
  }

  async undo(): Promise<HostView | null> {
    this.calls.push({ method: 'undo', args: [] });
    await this.nextUndo?.();
    this.undoAvailable = false;
    return null;
  }

  canUndo(): boolean {
    return this.undoAvailable;
  }
}

const SHEET = '部门整体支出绩效目标完成情况表';

function departmentTable(): Table {
  return makeTable({
    kind: 'department',
    sheet: SHEET,
    title: '部门整体支出绩效目标完成情况表',
    unitName: '屏边县政务服务管理局',
    funds: makeFundLine({
      row: 5,
      initial: 428.56,
      adjusted: 428.56,
      executed: 403.18,
      rate: 0.9408,
      statedRate: 0.9408,
      statedRateDecimals: 2,
    }),
    total: 98.4,
    reportedTotal: 98.4,
    grade: '优',
    reportedGrade: '优',
  });
}

export const RATE_FIX: Fix = { sheet: SHEET, cell: 'H8', value: 0.7994, formula: '=G8/F8', numberFormat: '0.00%' };
export const TOTAL_FIX: Fix = { sheet: SHEET, cell: 'J30', value: 98.4 };

export function sampleFindings(): Finding[] {
  return [
    {
      code: 'rate-mismatch',
      messageId: 'rateDiffers',
      severity: 'error',
      sheet: SHEET,
      cell: 'H8',
      data: {
        line: '项目支出',
        stated: '80.00%',
        computed: '79.94%',
        executed: '86.34',
        adjusted: '108',
        formula: '=G8/F8',
      },
      fix: RATE_FIX,
      table: 0,
    },
    {
      code: 'staff-over-authorized',
      messageId: 'overStaffed',
      severity: 'warning',
      sheet: SHEET,
      cell: 'C4',
      data: { actual: 23, authorized: 22, rate: '104.55%' },
      table: 0,
    },
    {
      code: 'total-mismatch',
      messageId: 'totalDiffers',
      severity: 'error',
      sheet: SHEET,
      cell: 'J30',
      data: { reported: 98, sum: 98.4 },
      fix: TOTAL_FIX,
      table: 0,
    },
    {
      code: 'low-execution-unexplained',
      messageId: 'noReason',
      severity: 'info',
      sheet: SHEET,
      cell: 'H9',
      data: { line: '重点工作', rate: '34.33%', threshold: '90%' },
      table: 0,
    },
  ];
}

export function sampleEvaluation(findings: Finding[] = sampleFindings()): Evaluation {
  return {
    profile: 'national',
    tables: [departmentTable()],
    // The pane reads tables and findings; the hand-built table carries its own figures.
    scored: [],
    findings,
    narrative: {
      sheet: '自评报告',
      paragraphs: [
        { style: 'title', text: '屏边县政务服务管理局2023年度部门整体支出绩效自评报告' },
        { style: 'heading', text: '一、部门基本情况' },
        { style: 'body', text: '预算执行率达94.08%。' },
        { style: 'tableRow', text: '投入\t15\t14.4', cells: ['投入', '15', '14.4'] },
      ],
    },
    writePlan: { cells: [], sheets: [] },
  };
}

/** jsdom has no ResizeObserver; Fluent's MessageBar observes its own size for reflow (a no-op here). */
export function installResizeObserver(): void {
  if (typeof window === 'undefined' || 'ResizeObserver' in window) return;
  class NoLayoutResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.defineProperty(window, 'ResizeObserver', { value: NoLayoutResizeObserver, configurable: true });
}
