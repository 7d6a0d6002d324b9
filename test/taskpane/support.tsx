/**
 * Test doubles for the task pane tests: a Host that records calls and lets a test hold an operation open,
 * and an Evaluation shaped like the engine's output (real rule codes, so the real renderer words them).
 */
import type { Evaluation, Finding, Fix, Table } from '../../src/engine/model';
import type { Host } from '../../src/taskpane/host';
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

/** A Host double: each method records its arguments; `next*` lets a test decide the outcome. */
export class RecordingHost implements Host {
  kind: 'excel' | 'standalone' = 'excel';
  calls: { method: string; args: unknown[] }[] = [];
  undoAvailable = false;
  evaluation: Evaluation;
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

  async evaluate(): Promise<Evaluation> {
    this.calls.push({ method: 'evaluate', args: [] });
    const result = await (this.nextEvaluate ? this.nextEvaluate() : this.evaluation);
    this.undoAvailable = true;
    return result;
  }

  async goTo(sheet: string, cell: string): Promise<void> {
    this.calls.push({ method: 'goTo', args: [sheet, cell] });
    await this.nextGoTo?.();
  }

  async applyFixes(fixes: Fix[]): Promise<void> {
    this.calls.push({ method: 'applyFixes', args: [fixes] });
    await this.nextApplyFixes?.();
  }

  async undo(): Promise<void> {
    this.calls.push({ method: 'undo', args: [] });
    await this.nextUndo?.();
    this.undoAvailable = false;
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
