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
import type { Finding, GeneratedCell, GeneratedSheet, Narrative, NarrativeParagraph, Table } from '../model';
import { REPORT_SHEET_NAME } from '../model';
import { memoByText } from '../memo';
import { NATIONAL_PROFILE, type RuleProfile } from '../profiles';
import type { ScoredTable } from '../scoring';
import { writeDepartmentReport } from './department';
import { CheckMarkers } from './checks';
import { scoredVerdicts } from './facts';
import { hasBracket, reserveBrackets } from './markers';
import { startsTable, tableCells } from './blocks';
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
  const locale = options.locale ?? 'zh-CN';
  const profile = options.profile ?? NATIONAL_PROFILE;
  const scoredByTable = new Map<Table, ScoredTable>();
  for (const entry of scored) if (!scoredByTable.has(entry.table)) scoredByTable.set(entry.table, entry);
  const writer = new Writer({
    t: translator(locale),
    locale,
    profile,
    checks: new CheckMarkers(findings),
    verdict: scoredVerdicts(scored),
    scored: (table) => scoredByTable.get(table),
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

  const paragraphs = writer.paragraphs;
  // A table row's text is its cells joined (Writer.tableRow): without a bracket in the text, no cell holds
  // one, and the paragraph stays as it is (nearly every paragraph; indexed, no callback per paragraph).
  for (let i = 0; i < paragraphs.length; i++) {
    if (hasBracket(paragraphs[i].text)) paragraphs[i] = withReservedBrackets(paragraphs[i]);
  }
  return { sheet: REPORT_SHEET_NAME, paragraphs };
}

/** The paragraph with 【】 from copied text reserved; itself when it holds none (those holding markers only). */
function withReservedBrackets(paragraph: NarrativeParagraph): NarrativeParagraph {
  const text = reserveBrackets(paragraph.text);
  const cells = paragraph.cells;
  // Kept as it is when nothing changes (every paragraph but those quoting a bracket).
  if (text === paragraph.text && (!cells || cells.every(keepsBrackets))) return paragraph;
  return { ...paragraph, text, ...(cells ? { cells: cells.map(reserveBrackets) } : {}) };
}

function keepsBrackets(text: string): boolean {
  return reserveBrackets(text) === text;
}

export { narrativeToHtml } from './html';
export { markersOf, markersInText } from './markers';
export type { NarrativeMarker } from './markers';

/** Plain text for the clipboard: one paragraph per line, score-table rows tab-separated. */
export function narrativeText(narrative: Narrative): string {
  return narrative.paragraphs
    .map((paragraph) =>
      paragraph.style === 'tableRow' && paragraph.cells ? paragraph.cells.join('\t') : paragraph.text,
    )
    .join('\n');
}

/**
 * Column widths in characters: A (the text, and the score table's 一级指标) plus B and C (分值, 得分) fit the
 * printable width of an A4 portrait page with Excel's normal margins (about 86 characters).
 */
const TEXT_COLUMN_WIDTH = 70;
const TABLE_COLUMN_WIDTH = 8;
/** A wrapped line of 11-point text is about 15 points high; a little room keeps the last line clear. */
const LINE_HEIGHT = 15;
const ROW_PADDING = 3;
/** Excel's largest row height. */
const MAX_ROW_HEIGHT = 409;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** Runs of characters that take two columns of width: CJK, full-width forms and punctuation, Hangul, “”‘’…—. */
const WIDE_RUNS =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u3000-\u303f“”‘’…—]+/g;
const HIGH_SURROGATE = /[\ud800-\udbff]/;
const SURROGATE_PAIRS = /[\ud800-\udbff][\udc00-\udfff]/g;

/** Width of a text in character columns (a CJK character counts two). */
export function displayWidth(text: string): number {
  // Counted by regex passes over runs, not character by character: on a cold start (the CLI) a loop over
  // every character of the report runs in the interpreter, several times slower.
  const wide = text.length - text.replace(WIDE_RUNS, '').length;
  // A character outside the BMP is one narrow character written as two code units.
  const pairs = HIGH_SURROGATE.test(text) ? (text.match(SURROGATE_PAIRS)?.length ?? 0) : 0;
  return text.length + wide - pairs;
}

/** Height in points of a row holding `text` wrapped in a column `width` characters wide. */
export function wrappedRowHeight(text: string, width: number): number {
  const perLine = Math.max(1, width - 4); // the cell's inner margins and word breaks take a little
  const lines = text.includes('\n')
    ? text.split(/\r?\n/).reduce((sum, line) => sum + wrappedLines(line, perLine), 0)
    : wrappedLines(text, perLine);
  return Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + ROW_PADDING);
}

/** Lines a line of text takes wrapped at `perLine` columns; at least one. */
function wrappedLines(line: string, perLine: number): number {
  // No character is wider than two columns: a line this short fits without measuring it (most paragraphs).
  if (line.length * 2 <= perLine) return 1;
  return Math.max(1, Math.ceil(displayWidth(line) / perLine));
}

/**
 * The height of a score-table cell in a narrow column, remembered per text: the few figures and names of
 * those columns (分值 10, 合计, 指标分值) recur in every table of the report.
 */
const figureCellHeight = memoByText((text: string) => wrappedRowHeight(text, TABLE_COLUMN_WIDTH));

/** One score-table row of the 自评报告 sheet: figures (not the header's) as numbers, the rest as text. */
function tableRow(cells: readonly string[], isHeader: boolean, rows: GeneratedCell[][], rowHeights: number[]): void {
  // Indexed, without spreads or Math.max(...): one call per score-table row of every table in the report.
  const row: GeneratedCell[] = [];
  let height = -Infinity; // Math.max() of no cell, as before
  for (let col = 0; col < cells.length; col++) {
    const cell = cells[col];
    if (col > 0 && !isHeader && PLAIN_NUMBER.test(cell)) row.push({ value: Number(cell) });
    else row.push(isHeader ? { value: cell, numberFormat: '@', bold: true } : { value: cell, numberFormat: '@' });
    height = Math.max(height, col === 0 ? wrappedRowHeight(cell, TEXT_COLUMN_WIDTH) : figureCellHeight(cell));
  }
  rows.push(row);
  rowHeights.push(height);
}

/**
 * The 自评报告 sheet: one paragraph per row in column A, wrapped, with its row tall enough for the wrapped
 * text; headings bold; the score table as a 3-column block (its header row bold, its figures as numbers).
 * Every text cell has the text number format '@', so a paragraph that begins with '=' or '+' stays text
 * even after the user edits the cell. Printed on A4 portrait, one page wide.
 */
export function narrativeSheet(narrative: Narrative): GeneratedSheet {
  const rows: GeneratedCell[][] = [];
  const rowHeights: number[] = [];
  const paragraphs = narrative.paragraphs;
  // Row by row, as narrativeBlocks groups the tables (tableCells, startsTable), without a block object per
  // paragraph: thousands of paragraphs in a cold CLI run.
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    if (paragraph.style === 'tableRow') {
      tableRow(tableCells(paragraph), startsTable(paragraphs, i), rows, rowHeights);
      continue;
    }
    const { style, text } = paragraph;
    const cell: GeneratedCell = { value: text, wrap: true, numberFormat: '@' };
    if (style === 'title' || style === 'heading') cell.bold = true;
    rows.push([cell]);
    rowHeights.push(wrappedRowHeight(text, TEXT_COLUMN_WIDTH));
  }
  return {
    name: narrative.sheet,
    columnWidths: [TEXT_COLUMN_WIDTH, TABLE_COLUMN_WIDTH, TABLE_COLUMN_WIDTH],
    rows,
    rowHeights,
    page: { paper: 'A4', orientation: 'portrait', fitToWidth: true },
  };
}
