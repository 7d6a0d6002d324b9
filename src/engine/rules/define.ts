/**
 * A validation rule is one module: a stable code, a severity, message templates (zh-CN and en-US, with
 * {{placeholders}}) and a check function that reports data, never text. Modelled on ESLint's rule files.
 */
import type { CellPos, Finding, Fix, FundLine, ReadProblem, Severity, Table } from '../model';
import type { SheetSnapshot } from '../snapshot';
import type { RuleProfile } from '../profiles';
import type { ScoredTable } from '../scoring';

export interface MessageTemplate {
  zh: string;
  en: string;
}

export interface RuleReport<M extends string> {
  messageId: M;
  cell: CellPos;
  data?: Record<string, string | number>;
  /** The proposed value; `cell` defaults to the report's cell. */
  fix?: Omit<Fix, 'sheet' | 'cell'> & { cell?: string };
  /** Override the rule's default severity for this report (e.g. info when a reason is given). */
  severity?: Severity;
  /** The sheet of the cell; defaults to the table's sheet (workbook-scoped rules must give it). */
  sheet?: string;
}

export interface RuleContext<M extends string> {
  /** The scored table (scored.table): read scores, verdicts and totals here, never compute them again. */
  table: Table;
  scored: ScoredTable;
  tableIndex: number;
  /** All tables of the workbook (cross-table checks: 在职 vs 编制, department vs score grid). */
  tables: readonly Table[];
  /** The table's lines carrying money (allFundLines: the total line first, then its sub-lines), listed once. */
  fundLines: readonly FundLine[];
  /** The sheet the table sits on (number formats, raw values). */
  sheet: SheetSnapshot;
  profile: RuleProfile;
  /** What the reader could not take in on this table's sheet (added for structure rules). */
  problems: readonly ReadProblem[];
  report(report: RuleReport<M>): void;
}

/** Context of a workbook-scoped check: runs once per workbook, even when no table was found. */
export interface WorkbookRuleContext<M extends string> {
  tables: readonly Table[];
  problems: readonly ReadProblem[];
  sheets: readonly SheetSnapshot[];
  profile: RuleProfile;
  report(report: RuleReport<M> & { sheet: string; table?: number }): void;
}

export interface Rule<M extends string = string> {
  code: string;
  severity: Severity;
  /** One line, zh-CN: what the rule checks (shown in docs and the rule list). */
  description: string;
  messages: Record<M, MessageTemplate>;
  /**
   * The 【待核实：…】 wording the 自评报告 puts beside a figure this rule flags: what is wrong, in a few words
   * (the full message is in the findings). Every registered rule has one, except those whose markerScope
   * is 'reason'.
   */
  marker?: MessageTemplate;
  /**
   * Where the 自评报告 marks a finding: at a figure printed from the finding's cell ('cell', the default); at
   * the first money figure printed from the finding's table ('table': the finding concerns every amount of
   * it, e.g. the money unit); or, for a finding that says a reason is missing ('reason'), as the
   * 【待填写：…原因（cell）】 asking for that reason where it would stand.
   */
  markerScope?: 'cell' | 'table' | 'reason';
  /**
   * Runs once per table. (Optional since workbook-scoped rules use checkWorkbook; a rule has one or both.)
   * Rules walk their rows by index rather than with for…of: a cold CLI run executes the checks in V8's
   * interpreter, where for…of allocates an iterator result per row (and every rule visits every row);
   * forEach avoids that but its callbacks cost several times more once the code is optimised.
   */
  check?(context: RuleContext<M>): void;
  /** Runs once per workbook: structure findings from ReadProblems, sheets where no table was found. */
  checkWorkbook?(context: WorkbookRuleContext<M>): void;
}

export function defineRule<M extends string>(rule: Rule<M>): Rule<M> {
  return rule;
}

export type { Finding, ReadProblem };
