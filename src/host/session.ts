/**
 * What every host does around the engine, once: keep the snapshot it read plus what it wrote since, ask the
 * engine again after each write (so the pane never shows a stale result and no read is needed), preview a
 * fix ("J6：4 → 3.83") and find what a fix makes necessary in the same table (the typed 总分). Pure: the
 * Excel host and the standalone page's worker both hold one session.
 */
import { parseA1 } from '../engine/a1';
import { formatNumber, formatRate } from '../engine/format';
import type { Evaluation, Finding, Fix } from '../engine/model';
import type { Locale } from '../engine/render';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../engine/snapshot';
import type { CellChange, FixPreview, FollowUpRole, HostView, WrittenSummary } from './contract';
import { presentEvaluation } from './present';

/** The engine as a host calls it. */
export type EvaluateFn = (snapshot: WorkbookSnapshot, profile: string) => Evaluation;

/** One cell as a host writes it (a plan cell or a fix). */
export interface CellEdit {
  sheet: string;
  cell: string;
  value: CellValue;
  formula?: string | null;
  numberFormat?: string;
}

export interface CellState {
  value: CellValue;
  formula: string | null;
  numberFormat: string | null;
}

/** Findings whose fix follows from another fix in the same table, and what they are called on screen. */
const FOLLOW_UP_ROLES: Readonly<Record<string, FollowUpRole>> = {
  'total-mismatch': 'total',
  'grade-mismatch': 'grade',
};

function sheetNamed(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return snapshot.sheets.find((sheet) => sheet.name === name);
}

export function cellState(snapshot: WorkbookSnapshot, sheet: string, cell: string): CellState {
  const found = sheetNamed(snapshot, sheet);
  const { row, col } = parseA1(cell);
  return {
    value: found?.values[row]?.[col] ?? null,
    formula: found?.formulas?.[row]?.[col] ?? null,
    numberFormat: found?.numberFormats?.[row]?.[col] ?? null,
  };
}

function setAt<T>(grid: T[][], row: number, col: number, value: T, empty: T): void {
  while (grid.length <= row) grid.push([]);
  const line = grid[row];
  while (line.length < col) line.push(empty);
  line[col] = value;
}

/** A copy of the snapshot with the cells edited; untouched sheets and rows are shared, never mutated. */
export function editSnapshot(snapshot: WorkbookSnapshot, edits: readonly CellEdit[]): WorkbookSnapshot {
  if (edits.length === 0) return snapshot;
  const copies = new Map<string, SheetSnapshot>();
  const copyOf = (sheet: SheetSnapshot): SheetSnapshot => {
    let copy = copies.get(sheet.name);
    if (!copy) {
      copy = {
        ...sheet,
        values: sheet.values.map((line) => line.slice()),
        formulas: (sheet.formulas ?? []).map((line) => line.slice()),
        numberFormats: (sheet.numberFormats ?? []).map((line) => line.slice()),
      };
      copies.set(sheet.name, copy);
    }
    return copy;
  };
  for (const edit of edits) {
    const original = sheetNamed(snapshot, edit.sheet);
    if (!original) continue;
    const sheet = copyOf(original);
    const { row, col } = parseA1(edit.cell);
    setAt(sheet.values, row, col, edit.value, null);
    setAt(sheet.formulas!, row, col, edit.formula ?? null, null);
    if (edit.numberFormat !== undefined) setAt(sheet.numberFormats!, row, col, edit.numberFormat, null);
  }
  return { ...snapshot, sheets: snapshot.sheets.map((sheet) => copies.get(sheet.name) ?? sheet) };
}

/** A cell's value as the pane shows it: percent-formatted numbers as percentages, numbers trimmed. */
export function displayValue(value: CellValue, numberFormat?: string | null): string {
  if (value === null || value === '') return '（空）';
  if (typeof value === 'number') {
    return numberFormat && numberFormat.includes('%') ? formatRate(value) : formatNumber(value);
  }
  return String(value);
}

export function cellChange(snapshot: WorkbookSnapshot, fix: Fix): CellChange {
  const now = cellState(snapshot, fix.sheet, fix.cell);
  return {
    fix,
    from: displayValue(now.value, now.numberFormat),
    to: displayValue(fix.value, fix.numberFormat ?? now.numberFormat),
  };
}

const findingKey = (finding: Finding) => `${finding.code}|${finding.sheet}|${finding.cell}`;

/**
 * What fixing `fixes` makes necessary elsewhere in their tables: the follow-up findings (a typed 总分 that
 * would no longer add up) that appear when the engine reads only the touched sheets with the fixes applied.
 */
export function followUpsOf(
  snapshot: WorkbookSnapshot,
  fixes: readonly Fix[],
  evaluate: EvaluateFn,
  profile: string,
): Array<CellChange & { role: FollowUpRole }> {
  const touched = new Set(fixes.map((fix) => fix.sheet));
  const only = (from: WorkbookSnapshot) => ({ sheets: from.sheets.filter((sheet) => touched.has(sheet.name)) });
  const fixedCells = new Set(fixes.map((fix) => `${fix.sheet}|${fix.cell}`));
  const before = new Set(evaluate(only(snapshot), profile).findings.map(findingKey));
  const after = evaluate(only(editSnapshot(snapshot, fixes)), profile).findings;
  return after.flatMap((finding) => {
    const role = FOLLOW_UP_ROLES[finding.code];
    if (!role || !finding.fix || before.has(findingKey(finding))) return [];
    if (fixedCells.has(`${finding.fix.sheet}|${finding.fix.cell}`)) return [];
    return [{ ...cellChange(snapshot, finding.fix), role }];
  });
}

/** A fix may change a typed total or grade: only then is the engine asked what follows. */
function mayNeedFollowUp(evaluation: Pick<Evaluation, 'tables'>, finding: Finding): boolean {
  if (finding.table === undefined || FOLLOW_UP_ROLES[finding.code]) return false;
  const table = evaluation.tables[finding.table];
  return Boolean(table && (table.reportedTotal !== null || table.reportedGrade !== null));
}

export function fixPreviews(snapshot: WorkbookSnapshot, evaluation: Evaluation, evaluate: EvaluateFn): FixPreview[] {
  return evaluation.findings.flatMap((finding, index) => {
    if (!finding.fix) return [];
    const followUps = mayNeedFollowUp(evaluation, finding)
      ? followUpsOf(snapshot, [finding.fix], evaluate, evaluation.profile)
      : [];
    return [{ finding: index, change: cellChange(snapshot, finding.fix), followUps }];
  });
}

/** The fixes and the follow-ups their set needs, each cell once (a later fix of the same cell wins). */
export function withFollowUps(
  snapshot: WorkbookSnapshot,
  fixes: readonly Fix[],
  evaluate: EvaluateFn,
  profile: string,
): Fix[] {
  const extra = followUpsOf(snapshot, fixes, evaluate, profile).map((change) => change.fix);
  const byCell = new Map<string, Fix>();
  for (const fix of [...fixes, ...extra]) byCell.set(`${fix.sheet}|${fix.cell}`, fix);
  return [...byCell.values()];
}

export function writtenSummary(
  cells: ReadonlyArray<{ sheet: string; cell: string }>,
  generated: readonly string[],
  existing: (name: string) => boolean,
): WrittenSummary {
  return {
    cells: cells.map(({ sheet, cell }) => ({ sheet, cell })),
    added: generated.filter((name) => !existing(name)),
    updated: generated.filter((name) => existing(name)),
  };
}

/**
 * The evaluation state a host keeps: the snapshot as first read (for undo) and as it is now (read + what
 * was written since). Every change goes through the engine again.
 */
export class EvaluationSession {
  private base: WorkbookSnapshot;
  private current: WorkbookSnapshot;
  private last: Evaluation | null = null;
  private profile = 'national';

  constructor(
    snapshot: WorkbookSnapshot,
    private readonly evaluate: EvaluateFn,
    /** The language of the views' text. */
    private readonly locale: Locale,
  ) {
    this.base = snapshot;
    this.current = snapshot;
  }

  get snapshot(): WorkbookSnapshot {
    return this.current;
  }

  get profileName(): string {
    return this.profile;
  }

  get evaluation(): Evaluation | null {
    return this.last;
  }

  /** Run the engine on the snapshot as it is now. */
  run(profile: string): Evaluation {
    this.profile = profile;
    this.last = this.evaluate(this.current, profile);
    return this.last;
  }

  /** Record cells the host wrote (the plan). */
  wrote(edits: readonly CellEdit[]): void {
    this.current = editSnapshot(this.current, edits);
  }

  /** What the workbook and the engine's answer would be after these edits (nothing is kept yet). */
  next(edits: readonly CellEdit[]): { snapshot: WorkbookSnapshot; evaluation: Evaluation } {
    const snapshot = editSnapshot(this.current, edits);
    return { snapshot, evaluation: this.evaluate(snapshot, this.profile) };
  }

  /** Keep a `next` once the host has written it. */
  commit(next: { snapshot: WorkbookSnapshot; evaluation: Evaluation }): void {
    this.current = next.snapshot;
    this.last = next.evaluation;
  }

  /** The fixes with their follow-ups, against the snapshot as it is now. */
  expand(fixes: readonly Fix[]): Fix[] {
    return withFollowUps(this.current, fixes, this.evaluate, this.profile);
  }

  view(written: WrittenSummary | null): HostView {
    const evaluation = this.last ?? this.run(this.profile);
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const { scored, ...plain } = evaluation;
    return {
      evaluation: plain,
      text: presentEvaluation(evaluation, this.locale),
      written,
      fixes: fixPreviews(this.current, evaluation, this.evaluate),
    };
  }

  /** Back to the snapshot as first read (the workbook after undo). */
  reset(): void {
    this.current = this.base;
    this.last = null;
  }
}
