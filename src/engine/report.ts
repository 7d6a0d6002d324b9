/**
 * The JSON report, version 1: the stable, documented shape the CLI prints (`--json`) and other tools
 * consume (docs/report-format.md, docs/report.schema.json). Pure: Evaluation in, plain data out.
 *
 * Conventions: rates are fractions rounded to 4 decimals, scores to 2; `row` is the 1-based sheet row
 * (the model's rows are 0-based); `cell` and `range` are A1 addresses; money is as read, in `moneyUnit`.
 */
import { areaToA1, columnName } from './a1';
import { roundHalfUp } from './decimal';
import type {
  Direction,
  Evaluation,
  Finding,
  FundLine,
  Grade,
  Indicator,
  LayoutFamily,
  MoneyUnit,
  Severity,
  Table,
  TableKind,
} from './model';
import { markersOf, type NarrativeMarker } from './narrative/markers';
import { renderFinding, type Locale } from './render';

export const REPORT_VERSION = 1;

export type ReportLocale = Locale;

export interface JsonReport {
  version: 1;
  file: string;
  profile: string;
  /** Counts over all findings (a convenience for batch tools). */
  summary: { tables: number; errors: number; warnings: number; infos: number };
  tables: JsonTable[];
  findings: JsonFinding[];
  narrative: { sheet: string; paragraphs: string[]; markers: JsonMarker[] };
}

/** A 【待填写】/【待核实】 marker of the narrative: where it stands and the cell it names, if any. */
export interface JsonMarker {
  kind: '待填写' | '待核实';
  text: string;
  /** Index into `narrative.paragraphs`. */
  paragraph: number;
  sheet?: string;
  cell?: string;
}

export interface JsonTable {
  sheet: string;
  range: string;
  kind: TableKind;
  title: string;
  year: number | null;
  unitName: string | null;
  projectName: string | null;
  moneyUnit: MoneyUnit | null;
  funds: JsonFunds | null;
  fundLines: JsonFundLine[];
  indicators: JsonIndicator[];
  total: number | null;
  reportedTotal: number | null;
  grade: Grade | null;
  reportedGrade: string | null;
  /** How the table was read: its layout family, header rows and the role of each column (additive to v1). */
  layout?: JsonLayout;
  /** Findings about this table, by severity. */
  errors: number;
  warnings: number;
}

export interface JsonLayout {
  family: LayoutFamily;
  /** 1-based rows of the indicator header band (1–3 rows). */
  headerRows: number[];
  /** Column letter → role of the indicator block: { "B": "level1", "D": "name", "E": "target", … }. */
  columns: Record<string, string>;
  /** 1-based rows and column letter → role of the funds block header; empty when there is none. */
  fundHeaderRows: number[];
  fundColumns: Record<string, string>;
  /** Formulas stated in the funds header labels and checked on each line ("小计④=①+②+③"). */
  fundFormulas: string[];
  /** Weights written only in block labels (年度绩效目标1(40分)), when the rows carry none; 1-based rows. */
  blockWeights?: Array<{ row: number; label: string; weight: number }>;
}

export interface JsonFundLine {
  row: number;
  label: string;
  initial: number | null;
  adjusted: number | null;
  executed: number | null;
  rate: number | null;
}

export interface JsonFunds extends JsonFundLine {
  weight: number | null;
  score: number | null;
  reportedScore: number | null;
}

export interface JsonIndicator {
  row: number;
  level1: string;
  level2: string;
  name: string;
  direction: Direction | null;
  target: number | string | null;
  unit: string | null;
  actual: number | string | null;
  weight: number | null;
  score: number | null;
  reportedScore: number | null;
  reason: string;
}

export interface JsonFinding {
  severity: Severity;
  code: string;
  sheet: string;
  cell: string;
  message: string;
  /** Index into `tables` when the finding concerns one table. */
  table?: number;
  fix?: {
    sheet: string;
    cell: string;
    value: string | number | boolean | null;
    formula?: string;
    numberFormat?: string;
  };
}

export function toJsonReport(evaluation: Evaluation, fileName: string, locale: ReportLocale = 'zh-CN'): JsonReport {
  const findings = evaluation.findings;
  const counts = severityCounts(findings);
  return {
    version: REPORT_VERSION,
    file: fileName,
    profile: evaluation.profile,
    summary: {
      tables: evaluation.tables.length,
      errors: counts.all.error,
      warnings: counts.all.warning,
      infos: counts.all.info,
    },
    tables: evaluation.tables.map((table, index) => jsonTable(table, counts.byTable.get(index))),
    findings: findings.map((finding) => jsonFinding(finding, locale)),
    narrative: {
      sheet: evaluation.narrative.sheet,
      paragraphs: evaluation.narrative.paragraphs.map((paragraph) => paragraph.text),
      markers: markersOf(evaluation.narrative.paragraphs).map(jsonMarker),
    },
  };
}

function jsonMarker({ kind, text, paragraph, sheet, cell }: NarrativeMarker): JsonMarker {
  const json: JsonMarker = { kind, text, paragraph };
  if (sheet !== undefined && cell !== undefined) {
    json.sheet = sheet;
    json.cell = cell;
  }
  return json;
}

/** Findings by severity, in all and per table index, counted in one pass (not one filter per table). */
function severityCounts(findings: readonly Finding[]): {
  all: Record<Severity, number>;
  byTable: Map<number, Record<Severity, number>>;
} {
  const all = { error: 0, warning: 0, info: 0 };
  const byTable = new Map<number, Record<Severity, number>>();
  for (const finding of findings) {
    all[finding.severity]++;
    if (finding.table === undefined) continue;
    const ofTable = byTable.get(finding.table) ?? { error: 0, warning: 0, info: 0 };
    byTable.set(finding.table, ofTable);
    ofTable[finding.severity]++;
  }
  return { all, byTable };
}

/**
 * Optional and appended fields are assigned after the literal, not spread into it: an object spread is a
 * slow copy in a short, cold CLI run, and assignment keeps the same key order in the JSON.
 */
function jsonTable(table: Table, findings: Record<Severity, number> | undefined): JsonTable {
  const fields = {
    sheet: table.sheet,
    range: areaToA1(table.range),
    kind: table.kind,
    title: table.title,
    year: table.year,
    unitName: table.unitName,
    projectName: table.projectName,
    moneyUnit: table.moneyUnit,
    funds: table.funds ? jsonFunds(table.funds) : null,
    fundLines: table.fundLines.map(jsonFundLine),
    indicators: table.indicators.map(jsonIndicator),
    total: score(table.total),
    reportedTotal: table.reportedTotal,
    grade: table.grade,
    reportedGrade: table.reportedGrade,
  } satisfies Omit<JsonTable, 'layout' | 'errors' | 'warnings'>;
  const json = fields as JsonTable;
  if (table.layout) json.layout = jsonLayout(table.layout);
  json.errors = findings?.error ?? 0;
  json.warnings = findings?.warning ?? 0;
  return json;
}

function byLetter(columns: ReadonlyArray<{ col: number; role: string }>): Record<string, string> {
  const roles: Record<string, string> = {};
  // Indexed, not for-of: an iterator step per column counts in a cold CLI run (400 layouts on the bench).
  for (let index = 0; index < columns.length; index++) roles[columnName(columns[index].col)] = columns[index].role;
  return roles;
}

function jsonLayout(layout: NonNullable<Table['layout']>): JsonLayout {
  const json: JsonLayout = {
    family: layout.family,
    headerRows: layout.headerRows.map((row) => row + 1),
    columns: byLetter(layout.columns),
    fundHeaderRows: layout.fundHeaderRows.map((row) => row + 1),
    fundColumns: byLetter(layout.fundColumns),
    fundFormulas: layout.fundFormulas.map((formula) => formula.label),
  };
  if (layout.blockWeights) json.blockWeights = layout.blockWeights.map((block) => ({ ...block, row: block.row + 1 }));
  return json;
}

function jsonFundLine(line: FundLine): JsonFundLine {
  return {
    row: line.row + 1,
    label: line.label,
    initial: line.initial,
    adjusted: line.adjusted,
    executed: line.executed,
    rate: rate(line.rate),
  };
}

function jsonFunds(line: FundLine): JsonFunds {
  const json = jsonFundLine(line) as JsonFunds;
  json.weight = line.weight;
  json.score = score(line.score);
  json.reportedScore = line.reportedScore;
  return json;
}

function jsonIndicator(indicator: Indicator): JsonIndicator {
  return {
    row: indicator.row + 1,
    level1: indicator.level1,
    level2: indicator.level2,
    name: indicator.name,
    direction: indicator.direction,
    target: indicator.target,
    unit: indicator.unit,
    actual: indicator.actual,
    weight: indicator.weight,
    score: score(indicator.score),
    reportedScore: indicator.reportedScore,
    reason: indicator.reason,
  };
}

function jsonFinding(finding: Finding, locale: ReportLocale): JsonFinding {
  const json: JsonFinding = {
    severity: finding.severity,
    code: finding.code,
    sheet: finding.sheet,
    cell: finding.cell,
    message: renderFinding(finding, locale),
  };
  if (finding.table !== undefined) json.table = finding.table;
  if (finding.fix) {
    json.fix = { sheet: finding.fix.sheet, cell: finding.fix.cell, value: finding.fix.value };
    if (finding.fix.formula) json.fix.formula = finding.fix.formula;
    if (finding.fix.numberFormat) json.fix.numberFormat = finding.fix.numberFormat;
  }
  return json;
}

function rate(value: number | null): number | null {
  return value === null ? null : roundHalfUp(value, 4);
}

function score(value: number | null): number | null {
  return value === null ? null : roundHalfUp(value, 2);
}
