/**
 * The engine's output types: tables read from the sheets, findings, scores, narrative and the write
 * plan. Every host, the CLI's JSON report and the UI consume these; keep them plain data (JSON-safe).
 *
 * Positions: `CellPos` is 0-based (row, col) on the table's sheet; A1 strings are made with `./a1`.
 * Numbers are JS numbers as read (what the cell shows); arithmetic on them goes through `./decimal`.
 * Rates are fractions (0.9408), percent-point values read from cells keep unit '%' (94.08).
 */
import type { CellArea, CellValue } from './snapshot';

export interface CellPos {
  row: number;
  col: number;
}

export type TableKind = 'project' | 'department' | 'departmentScore';
/**
 * How a table was laid out (issue 12): the family its header roles make. `kind` says how it is scored; a
 * flat indicator list is scored as a department table, a score-only grid as a score grid.
 */
export type LayoutFamily = 'project' | 'department' | 'departmentScore' | 'flatList' | 'scoreOnly';

/** How the reader read a table: its family and which column holds what (for the report and findings). */
export interface TableLayout {
  family: LayoutFamily;
  /** Rows of the indicator header band (0-based), 1–3 of them. */
  headerRows: number[];
  /** Indicator-block columns (0-based) and their roles: level1, name, target, actual, weight, score, … */
  columns: Array<{ col: number; role: string }>;
  /** Funds-block header rows and columns (0-based), when the table has a funds block. */
  fundHeaderRows: number[];
  fundColumns: Array<{ col: number; role: string }>;
  /**
   * Formulas the funds header states over its numbered columns ("小计④=①+②+③", "支出实现率⑥=⑤/④"): each
   * is checked on every line. `terms` are column marks; `op` joins them.
   */
  fundFormulas: FundFormula[];
  /**
   * Weights written only in the corner labels of indicator header rows (Hubei: 年度绩效目标1(40分) over rows
   * with no 分值 column); optional. With no per-row 分值 such rows cannot be scored, so there is no computed total.
   */
  blockWeights?: Array<{ row: number; label: string; weight: number }>;
}

export interface FundFormula {
  /** The column the formula gives (④) and its header text. */
  mark: number;
  label: string;
  op: 'sum' | 'difference' | 'ratio';
  terms: number[];
  /** As written, e.g. "④=①+②+③". */
  text: string;
}
export type MoneyUnit = '万元' | '元';
export type Direction = '≥' | '≤' | '=' | '定性';
export type Grade = '优' | '良' | '中' | '差';
import type { ScoredTable } from './scoring';

export type Severity = 'error' | 'warning' | 'info';

/** One money line: 年度资金总额 / 其中：当年财政拨款 / 合计 / 基本支出 / 项目支出 / a key task. */
export interface FundLine {
  row: number;
  label: string;
  initial: number | null; // 年初预算数
  adjusted: number | null; // 全年预算数 / 调整后预算数
  executed: number | null; // 全年执行数 / 实际支出
  /** Computed executed/adjusted, fraction; null when not computable. */
  rate: number | null;
  /** What the sheet states in its 执行率 cell, as a fraction (0.8 for "80%"); null when empty. */
  statedRate: number | null;
  /** Decimals the stated rate shows ("80%" → 0, 0.7994 with '0.00%' → 2); rates are compared at it. */
  statedRateDecimals: number | null;
  weight: number | null; // 分值 (only on the total line of a project table)
  score: number | null; // computed
  reportedScore: number | null;
  reason?: string; // 未完成原因 on key-task lines
  /**
   * The 任务名称 a key-task line belongs to (部门年度重点工作任务: 任务名称 | 项目 | 主要内容 | …), when the block
   * has that column; `label` is then the 项目 (a budget line). Optional, set by the reader.
   */
  task?: string;
  /**
   * What the reader found the line to be (optional; set by the reader): 'total' 年度资金总额/合计,
   * 'source' 其中：财政拨款/上年结转/其他资金, 'category' 基本支出/项目支出, 'task' a 重点工作任务 line
   * (read from the key-task block, whatever its label says, e.g. "工作经费(非财政拨款收入)").
   * Unset on a funds-block line whose label names none of these. Ask `fundLineGroup(line)` (engine/read),
   * which also classifies lines built without a group; never match labels again.
   */
  group?: 'total' | 'source' | 'category' | 'task';
  /**
   * Cells of the line the reader could not read (an error value such as #DIV/0!, an overflow, text where a
   * number belongs); the value reads null. Optional, set by the reader only when there is one. Scoring
   * needs it: an unreadable 分值 blocks the total instead of dropping the line from it.
   */
  unreadable?: Array<'initial' | 'adjusted' | 'executed' | 'rate' | 'weight' | 'score'>;
  cells: Partial<
    Record<'label' | 'initial' | 'adjusted' | 'executed' | 'rate' | 'weight' | 'score' | 'reason', CellPos>
  >;
  /**
   * Values of the numbered columns (①…⑧) of a funds header that states formulas; optional, set only then.
   * Rates are fractions with the decimals they display.
   */
  marked?: Array<{ mark: number; value: number | null; decimals: number | null; rate: boolean; cell: CellPos }>;
}

export interface Indicator {
  row: number;
  level1: string; // 一级指标 (产出指标 / 投入 / …)
  level2: string; // 二级指标
  name: string; // 三级指标
  /** Weights from the score grid's 一级/二级 columns or from labels like 产出指标(50分). */
  level1Weight: number | null;
  level2Weight: number | null;
  direction: Direction | null; // null when the target cannot be read
  /** True when the direction was inferred from the name (no operator written). */
  directionInferred: boolean;
  /** Numeric target (percent in points, money in the table's unit) or qualitative text. */
  target: number | string | null;
  targetText: string; // as displayed
  unit: string | null; // unit of the target
  actual: number | string | null;
  actualText: string;
  actualUnit: string | null;
  weight: number | null; // 分值
  score: number | null; // computed; null when it cannot be scored
  reportedScore: number | null; // 得分 as typed
  reason: string; // 偏差原因 / 扣分原因, '' when empty or a placeholder
  overshoot: boolean;
  /** 得分系数 as a fraction (flat indicator lists: 得分 = 得分系数 × 权重); optional. */
  coefficient?: number | null;
  /**
   * Cells of the row the reader could not read (an error value such as #N/A, an overflow, text where a
   * number belongs); the value reads null. Optional, set by the reader only when there is one. An
   * unreadable 分值 blocks the total; an unreadable 指标值 / 实际完成值 is never stated as a result.
   */
  unreadable?: Array<'target' | 'actual' | 'weight' | 'score'>;
  cells: Partial<Record<'name' | 'target' | 'direction' | 'unit' | 'actual' | 'weight' | 'score' | 'reason', CellPos>>;
}

/** 一级 summary of a score grid or project table: 投入 15 → 14.4. */
export interface LevelSummary {
  name: string;
  weight: number | null;
  score: number | null; // computed Σ
  reportedScore: number | null;
}

export interface Table {
  kind: TableKind;
  sheet: string;
  range: CellArea;
  title: string;
  year: number | null;
  moneyUnit: MoneyUnit | null;
  /** 单位/部门名称 (department) or 实施单位 (project). */
  unitName: string | null;
  projectName: string | null;
  /** The 年度资金总额 / 合计 line; null when the table has none. */
  funds: FundLine | null;
  /** Sub-lines: 其中… / 基本支出 / 项目支出 / key tasks (重点工作任务). */
  fundLines: FundLine[];
  indicators: Indicator[];
  levels: LevelSummary[];
  total: number | null; // computed
  reportedTotal: number | null;
  grade: Grade | null; // computed from total
  reportedGrade: string | null;
  /** Free text blocks by label: 部门职责, 总体绩效目标, 年度总体目标, 实际完成情况, … */
  texts: Record<string, string>;
  /** Where each text block of `texts` stands (same keys), when the reader knows. Optional. */
  textCells?: Record<string, CellPos>;
  /** Department staffing (编制数 / 在职实有人数) when the table states it. */
  staff: {
    authorized: number | null;
    actual: number | null;
    cells: Partial<Record<'authorized' | 'actual', CellPos>>;
  } | null;
  /** Derived 53号 rates computed from inputs on the sheet (§5), e.g. 在职人员控制率. */
  derivedRates: DerivedRate[];
  cells: Partial<Record<'title' | 'total' | 'grade' | 'headerRow', CellPos>>;
  /** How the table was read (family, header rows, column roles); set by the reader, optional for hand-built tables. */
  layout?: TableLayout;
}

export interface DerivedRate {
  name: string; // 在职人员控制率
  value: number; // fraction
  inputs: Record<string, number>;
  /** The cell that states this rate on the sheet, if any, and what it says (fraction). */
  statedAt?: CellPos;
  stated?: number | string | null;
  /** The stated cell as displayed ("104.55%", "≥100%"): its decimals set the comparison precision. */
  statedText?: string;
}

/**
 * Something the reader could not take in, turned into a finding by a structure rule (the reader itself
 * never reports findings): a table-like header lacking a required column, a required numeric cell
 * holding text. Indicator-level oddities (unreadable actual, placeholder rows) stay in the model.
 */
export interface ReadProblem {
  kind: 'missingColumn' | 'unreadableNumber' | 'layoutUncertain';
  sheet: string;
  cell: CellPos;
  /**
   * missingColumn: { column: '全年执行数', table: '项目支出绩效自评表' }; unreadableNumber: { label, text };
   * layoutUncertain: { headers: '“…”、“…”', table, missing: '年度指标值、…' or '' } — one per table.
   */
  data: Record<string, string | number>;
}

export interface ReadResult {
  tables: Table[];
  problems: ReadProblem[];
}

export interface Fix {
  sheet: string;
  cell: string; // A1
  value: CellValue;
  formula?: string;
  numberFormat?: string;
}

/**
 * A finding is data: the text is rendered at the edge (`renderFinding`) from the rule's message table,
 * so `data` holds the placeholders' values.
 */
export interface Finding {
  code: string;
  messageId: string;
  data: Record<string, string | number>;
  severity: Severity;
  sheet: string;
  cell: string; // A1
  fix?: Fix;
  /** Index into Evaluation.tables, when the finding concerns a table. */
  table?: number;
}

export interface CellWrite {
  sheet: string;
  cell: string; // A1
  /** The value, or the cached result of `formula` (written with it: the package writer does not calculate). */
  value: CellValue;
  formula?: string; // with leading '='
  numberFormat?: string;
  purpose: 'executionRate' | 'score' | 'total' | 'grade';
}

export interface GeneratedCell {
  /** Strings are always written as text (a leading '=' or '+' never becomes a formula). */
  value: string | number | null;
  bold?: boolean;
  wrap?: boolean;
  numberFormat?: string;
}

/** A sheet the evaluation creates or replaces as a whole (自评报告, 评估结果). */
export interface GeneratedSheet {
  name: string;
  columnWidths: number[]; // in characters
  rows: GeneratedCell[][];
  /** Row heights in points, by row index; rows not listed keep the default height. */
  rowHeights?: number[];
  /** How the sheet prints: A4 portrait fitted to the page width, for the 自评报告. */
  page?: { paper: 'A4'; orientation: 'portrait'; fitToWidth: boolean };
}

export interface WritePlan {
  cells: CellWrite[];
  sheets: GeneratedSheet[];
}

export interface NarrativeParagraph {
  style: 'title' | 'heading' | 'body' | 'tableRow';
  text: string;
  /** For style 'heading': 1 for 一、…, 2 for （一）…. */
  level?: 1 | 2;
  /** For style 'tableRow': the cells (一级指标 | 指标分值 | 评价得分). `text` joins them with tabs. */
  cells?: string[];
}

export interface Narrative {
  sheet: string; // '自评报告'
  paragraphs: NarrativeParagraph[];
}

export interface Evaluation {
  profile: string;
  /** The scored tables (scored[i].table === tables[i]). */
  tables: Table[];
  /** The scored model: each indicator's status, rule score, band and comparison; totals and grades. */
  scored: ScoredTable[];
  findings: Finding[];
  narrative: Narrative;
  writePlan: WritePlan;
}

export const REPORT_SHEET_NAME = '自评报告';
export const FINDINGS_SHEET_NAME = '评估结果';
/** Sheets the evaluation itself creates: never read as input, replaced on re-run. */
export const GENERATED_SHEET_NAMES: readonly string[] = [REPORT_SHEET_NAME, FINDINGS_SHEET_NAME];

/** Whether a sheet is one the evaluation generates (output, never input; replaced on re-run). */
export function isGeneratedSheet(name: string): boolean {
  return GENERATED_SHEET_NAMES.includes(name);
}
