/**
 * The Office.js host: the only module of the add-in that calls Excel. `createExcelHost()` wires the real
 * engine; `createExcelHostWith()` takes the engine (and Excel.run) as parameters, for tests.
 */
import { evaluateWorkbook, type EvaluateOptions } from '../engine/evaluate';
import { createExcelHostWith, type ExcelHost, type ExcelHostOptions } from './host';

export interface CreateExcelHostOptions extends Partial<ExcelHostOptions> {
  /** Rule profile for the default engine (ignored when `evaluate` is given). */
  profile?: EvaluateOptions['profile'];
}

export function createExcelHost(options: CreateExcelHostOptions = {}): ExcelHost {
  const { profile, evaluate, ...rest } = options;
  return createExcelHostWith({
    ...rest,
    evaluate: evaluate ?? ((snapshot) => evaluateWorkbook(snapshot, { profile })),
  });
}

export { createExcelHostWith } from './host';
export type { ExcelHost, ExcelHostOptions, ExcelRun } from './host';
export { ExcelHostError, excelLocale, excelMessage } from './messages';
export type { ExcelLocale, ExcelMessageId, WorkbookState } from './messages';
