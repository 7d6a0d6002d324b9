/**
 * The package API: .xlsx / .xlsm bytes ⇄ the engine. Runs in Node and in the browser (a Web Worker).
 *
 * - `readPackage(bytes, name?)` → WorkbookSnapshot. Throws `PackageError` (`problem`, and `zh` / `en`
 *   sentences) for bytes that are not a readable workbook: empty, encrypted, .xls, not a zip, truncated,
 *   a zip bomb, damaged XML.
 * - `writeEvaluated(bytes, evaluation)` → the evaluated copy: the same package with the write plan's cells
 *   and the generated sheets (自评报告, 评估结果) — every other part byte for byte as it was.
 * - `patchPackage(bytes, { cells, sheets })` → the same for any cell writes (the page's fixes).
 *
 * Node callers pass `NODE_CODEC` (./node) as options for native zlib; the defaults use fflate.
 */
import type { Evaluation } from '../engine/model';
import type { WorkbookSnapshot } from '../engine/snapshot';
import { readPackageDetailed, type ReadOptions } from './read';
import { patchPackage, type WriteOptions } from './write';

export { PackageError } from './errors';
export type { PackageProblem } from './errors';
export { MissingSheetError, patchPackage } from './write';
export type { PackageEdits, WriteOptions } from './write';
export type { CellEdit } from './sheet-patch';
export type { ReadOptions, ReadResult } from './read';
export type { PackageStructure } from './structure';
export { readPackageDetailed } from './read';
export { inspectXlsxBytes, DEFAULT_LIMITS } from './inspect';
export type { InspectLimits, InspectProblem } from './inspect';

/** `name` is accepted for the caller's messages; the bytes alone decide what the file is. */
export function readPackage(bytes: Uint8Array, name?: string, options: ReadOptions = {}): WorkbookSnapshot {
  void name;
  return readPackageDetailed(bytes, options).snapshot;
}

export function writeEvaluated(
  bytes: Uint8Array,
  evaluation: Pick<Evaluation, 'writePlan'>,
  options: WriteOptions = {},
): Uint8Array {
  return patchPackage(bytes, evaluation.writePlan, options);
}
export { createPackage } from './create';
