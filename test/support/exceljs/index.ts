/** exceljs adapter for tests, the bench and scripts: builds real workbooks from snapshots and reads them back (exceljs is a devDependency; the product reads and writes with src/package). */
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
export { inspectXlsxBytes, entryDataOffset, DEFAULT_LIMITS } from '../../../src/package/inspect';
export type { InspectLimits, InspectProblem, InspectResult, ZipEntry } from '../../../src/package/inspect';
export { loadWorkbook, XlsxInputError } from './load';
export type { XlsxProblem } from './load';
