/**
 * The 自评报告 generator: evaluated tables + findings → paragraphs in the register of a published report.
 *
 * Rules (SPEC §7): every number comes from a cell or a computation on cells (see ./format for how each kind
 * is printed: money 2 decimals + unit, rates 2 decimals + %, scores trimmed 98.40 → 98.4); what needs human
 * knowledge is a 【待填写：…】 placeholder; figures the checks flagged (error/warning at their cell) carry a
 * "待核实" note. Scores shown are the ones typed in the sheet when present, else the computed ones; a
 * differing computed total is stated beside it.
 *
 * A department workbook (部门整体支出绩效目标完成情况表 and/or 单位自评表) gives the department report; each
 * 项目支出绩效自评表 gives a project report, after the department report when both exist.
 */
import type { Finding, GeneratedCell, GeneratedSheet, Narrative, Table } from '../model';
import { REPORT_SHEET_NAME } from '../model';
import { NATIONAL_PROFILE, type RuleProfile } from '../profiles';
import type { ScoredTable } from '../scoring';
import { writeDepartmentReport } from './department';
import { FlaggedCells } from './facts';
import { writeProjectReport } from './project';
import { translator, type NarrativeLocale } from './strings';
import { Writer } from './writer';

export type { NarrativeLocale } from './strings';

export interface NarrativeOptions {
  locale?: NarrativeLocale;
  /** Grade bands and the low-execution threshold; default national. */
  profile?: RuleProfile;
}

/** The report of the scored tables (engine/scoring): it reads their verdicts and totals, never scores. */
export function generateNarrative(
  scored: readonly ScoredTable[],
  findings: readonly Finding[],
  options: NarrativeOptions = {},
): Narrative {
  const tables: Table[] = scored.map((entry) => entry.table);
  const scores = new Map(scored.flatMap((entry) => entry.indicators.map((ind) => [ind.row, ind] as const)));
  const writer = new Writer({
    scores,
    t: translator(options.locale ?? 'zh-CN'),
    profile: options.profile ?? NATIONAL_PROFILE,
    flagged: new FlaggedCells(findings),
    findings,
  });

  const departmentIndices = new Set<number>();
  const projectIndices: number[] = [];
  tables.forEach((table, index) => {
    if (table.kind === 'project') projectIndices.push(index);
    else departmentIndices.add(index);
  });

  const hasDepartment = departmentIndices.size > 0;
  if (hasDepartment) {
    writeDepartmentReport(writer, {
      targets: tables.find((table) => table.kind === 'department'),
      grid: tables.find((table) => table.kind === 'departmentScore'),
      tableIndices: departmentIndices,
    });
  }
  projectIndices.forEach((index, order) => {
    writeProjectReport(writer, tables[index], index, !hasDepartment && order === 0);
  });
  if (writer.paragraphs.length === 0) writer.body(writer.t('noTables'));

  return { sheet: REPORT_SHEET_NAME, paragraphs: writer.paragraphs };
}

/** Plain text for the clipboard: one paragraph per line, score-table rows tab-separated. */
export function narrativeText(narrative: Narrative): string {
  return narrative.paragraphs
    .map((paragraph) =>
      paragraph.style === 'tableRow' && paragraph.cells ? paragraph.cells.join('\t') : paragraph.text,
    )
    .join('\n');
}

/** Width of column A in characters: a readable line of Chinese prose when wrapped. */
const TEXT_COLUMN_WIDTH = 100;
const TABLE_COLUMN_WIDTH = 14;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The 自评报告 sheet: one paragraph per row in column A (wrapped), headings bold, the score table as a
 * 3-column block (its header row bold, its figures as numbers). Text stays a string, so a paragraph that
 * begins with '=' or '+' is written as text by every host, never as a formula.
 */
export function narrativeSheet(narrative: Narrative): GeneratedSheet {
  const rows: GeneratedCell[][] = [];
  let previousStyle: string | null = null;
  for (const paragraph of narrative.paragraphs) {
    if (paragraph.style === 'tableRow') {
      const isHeader = previousStyle !== 'tableRow';
      rows.push(
        (paragraph.cells ?? paragraph.text.split('\t')).map((cell, index) =>
          index > 0 && !isHeader && PLAIN_NUMBER.test(cell)
            ? { value: Number(cell) }
            : { value: cell, ...(isHeader ? { bold: true } : {}) },
        ),
      );
    } else {
      const bold = paragraph.style === 'title' || paragraph.style === 'heading';
      rows.push([{ value: paragraph.text, wrap: true, ...(bold ? { bold: true } : {}) }]);
    }
    previousStyle = paragraph.style;
  }
  return {
    name: narrative.sheet,
    columnWidths: [TEXT_COLUMN_WIDTH, TABLE_COLUMN_WIDTH, TABLE_COLUMN_WIDTH],
    rows,
  };
}
