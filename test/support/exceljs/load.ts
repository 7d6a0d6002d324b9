/**
 * Bytes → exceljs Workbook, with the cheap checks first (./inspect) so a bad file fails with a reason
 * instead of an exceljs stack trace or a machine-eating inflate.
 */
import type { Workbook } from 'exceljs';
import {
  DEFAULT_LIMITS,
  inspectXlsxBytes,
  type InspectLimits,
  type InspectProblem,
} from '../../../src/package/inspect';
import type { ExcelJSModule } from './write';

export type XlsxProblem = InspectProblem | 'corrupt';

/** A file that cannot be read as a workbook; `problem` keys the user-facing message tables. */
export class XlsxInputError extends Error {
  constructor(
    readonly problem: XlsxProblem,
    readonly detail: Record<string, string | number> = {},
    readonly causeError?: unknown,
  ) {
    super(`cannot read workbook: ${problem}`);
    this.name = 'XlsxInputError';
  }
}

export async function loadWorkbook(
  ExcelJS: ExcelJSModule,
  bytes: Uint8Array,
  limits: InspectLimits = DEFAULT_LIMITS,
): Promise<Workbook> {
  const inspected = inspectXlsxBytes(bytes, limits);
  if (!inspected.ok) throw new XlsxInputError(inspected.problem, inspected.detail);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs accepts a Buffer in Node and an ArrayBuffer in the browser; a Uint8Array view works in both.
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new XlsxInputError('corrupt', { reason: error instanceof Error ? error.message : String(error) }, error);
  }
  return workbook;
}
