/**
 * The Office.js host: the only module of the add-in that calls Excel. `createExcelHost()` wires the real
 * engine; `createExcelHostWith()` takes the engine (and Excel.run) as parameters, for tests.
 */
import { evaluateWorkbook } from '../engine/evaluate';
import { createExcelHostWith, type ExcelHost, type ExcelHostOptions } from './host';

export function createExcelHost(options: Partial<ExcelHostOptions> = {}): ExcelHost {
  const { evaluate, ...rest } = options;
  return createExcelHostWith({
    ...rest,
    evaluate: evaluate ?? ((snapshot, profile) => evaluateWorkbook(snapshot, { profile })),
  });
}

export { createExcelHostWith } from './host';
export type { ExcelHost, ExcelHostOptions, ExcelRun } from './host';
export { ExcelHostError, excelLocale, excelMessage } from './messages';
export type { ExcelLocale, ExcelMessageId, WorkbookState } from './messages';
