/**
 * The names of workbook files, shared by every host that names one: which names are workbooks we read, which
 * keep macros, and the evaluated copy's name ("报表.xlsx" → "报表.评估.xlsx", "宏.xlsm" → "宏.评估.xlsm").
 */

/** A name the package reader takes: .xlsx or .xlsm, any case. */
export function isWorkbookFileName(name: string): boolean {
  return /\.xls[xm]$/i.test(name);
}

/** A macro-enabled workbook: its evaluated copy stays .xlsm and keeps its macros. */
export function isMacroEnabledName(name: string): boolean {
  return /\.xlsm$/i.test(name);
}

/** The evaluated copy of `name`: ".评估" before the extension; the extension lower-cased (.xlsx when none). */
export function evaluatedFileName(name: string): string {
  const match = /\.(xlsx|xlsm)$/i.exec(name);
  const extension = match ? match[1].toLowerCase() : 'xlsx';
  return `${match ? name.slice(0, -match[0].length) : name}.评估.${extension}`;
}

/** A copy this tool wrote (名称.评估.xlsx): never an input of a batch run. */
export function isEvaluatedFileName(name: string): boolean {
  return /\.评估\.xls[xm]$/i.test(name);
}
