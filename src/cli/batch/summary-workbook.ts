/**
 * The batch summary workbook: 汇总 (one row per table, plus one per file that could not be evaluated)
 * and 问题清单 (every finding with its file). Written by the package writer, strings always as text.
 */
import type { GeneratedCell, GeneratedSheet } from '../../engine/model';
import { createPackage } from '../../package';
import { NODE_CODEC } from '../../package/node';
import { message, type Locale, type MessageId } from '../messages';
import { tableName } from '../summary';
import type { SkippedFile } from './collect';
import type { BatchResult } from './task';

const SUMMARY_HEADERS = ['文件', '工作表', '单位/项目名称', '执行率', '总分', '等级', '错误数', '警告数', '状态'];
const FINDINGS_HEADERS = ['文件', '工作表', '单元格', '级别', '代码', '问题', '建议值'];
const SEVERITY_LABEL: Record<string, string> = { error: '错误', warning: '警告', info: '提示' };

export function summarySheets(
  results: readonly BatchResult[],
  locale: Locale,
  skipped: readonly SkippedFile[] = [],
): GeneratedSheet[] {
  const header = (labels: string[]): GeneratedCell[] => labels.map((value) => ({ value, bold: true }));
  const summaryRows: GeneratedCell[][] = [header(SUMMARY_HEADERS)];
  const findingRows: GeneratedCell[][] = [header(FINDINGS_HEADERS)];
  for (const result of results) {
    if (!result.ok) {
      const reason = message(result.reasonId as MessageId, locale, result.data);
      summaryRows.push([
        { value: result.file },
        ...Array.from({ length: 7 }, () => ({ value: null })),
        { value: message('batchStatusFailed', locale, { reason }) },
      ]);
      continue;
    }
    for (const table of result.report.tables) {
      summaryRows.push([
        { value: result.file },
        { value: table.sheet },
        { value: tableName(table) },
        { value: table.funds?.rate ?? null, numberFormat: '0.00%' },
        { value: table.total, numberFormat: '0.00' },
        { value: table.grade },
        { value: table.errors },
        { value: table.warnings },
        { value: message('batchStatusOk', locale) },
      ]);
    }
    for (const finding of result.report.findings) {
      findingRows.push([
        { value: result.file },
        { value: finding.sheet },
        { value: finding.cell },
        { value: SEVERITY_LABEL[finding.severity] ?? finding.severity },
        { value: finding.code },
        { value: finding.message, wrap: true },
        { value: finding.fix ? fixText(finding.fix.value) : null },
      ]);
    }
  }
  for (const skip of skipped) {
    summaryRows.push([
      { value: skip.file },
      ...Array.from({ length: 7 }, () => ({ value: null })),
      { value: message('batchStatusSkipped', locale, { extension: skip.extension }) },
    ]);
  }
  return [
    { name: message('batchSheetSummary', locale), columnWidths: [40, 30, 36, 10, 10, 8, 8, 8, 30], rows: summaryRows },
    { name: message('batchSheetFindings', locale), columnWidths: [40, 30, 10, 8, 28, 80, 14], rows: findingRows },
  ];
}

function fixText(value: string | number | boolean | null): string | number | null {
  return typeof value === 'boolean' ? String(value) : value;
}

export function summaryWorkbookBytes(
  results: readonly BatchResult[],
  locale: Locale,
  skipped: readonly SkippedFile[] = [],
): Uint8Array {
  const sheets = summarySheets(results, locale, skipped).map((sheet) => ({
    ...sheet,
    freezeHeader: true,
    autoFilter: true,
  }));
  return createPackage(sheets, NODE_CODEC);
}
