/** exceljs adapter shared by the CLI (Node) and the standalone page (browser). */
export { snapshotFromWorkbook, snapshotFromWorksheet, readCell, dateToSerial } from './read';
export {
  applyEvaluation,
  applyWritePlan,
  applyCellWrite,
  replaceGeneratedSheet,
  workbookFromSnapshot,
  addSheetFromSnapshot,
  MissingSheetError,
} from './write';
export type { ExcelJSModule } from './write';
export { inspectXlsxBytes, entryDataOffset, DEFAULT_LIMITS } from './inspect';
export type { InspectLimits, InspectProblem, InspectResult, ZipEntry } from './inspect';
export { loadWorkbook, XlsxInputError } from './load';
export type { XlsxProblem } from './load';
