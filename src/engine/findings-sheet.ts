/** The 评估结果 sheet: one row per finding (严重程度 | 工作表 | 单元格 | 代码 | 说明 | 建议值), rendered zh-CN. */
import { formatRate } from './format';
import { FINDINGS_SHEET_NAME, type Finding, type GeneratedCell, type GeneratedSheet, type Severity } from './model';
import { renderFinding } from './render';

export const FINDINGS_SHEET_HEADERS = ['严重程度', '工作表', '单元格', '代码', '说明', '建议值'] as const;

export const SEVERITY_LABELS: Record<Severity, { zh: string; en: string }> = {
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '警告', en: 'Warning' },
  info: { zh: '提示', en: 'Info' },
};

function suggestedValue(finding: Finding): GeneratedCell {
  const fix = finding.fix;
  if (!fix || fix.value === null || typeof fix.value === 'boolean') return { value: null };
  // A formula is shown as text (never evaluated on this sheet), its cached value beside it.
  if (fix.formula) return { value: `${fix.formula}（${formatFixValue(fix.value, fix.numberFormat)}）` };
  if (typeof fix.value === 'number' && fix.numberFormat) return { value: fix.value, numberFormat: fix.numberFormat };
  return { value: fix.value };
}

function formatFixValue(value: string | number, numberFormat: string | undefined): string {
  if (typeof value === 'number' && numberFormat === '0.00%') return formatRate(value);
  return String(value);
}

export function findingsSheet(findings: readonly Finding[]): GeneratedSheet {
  const header: GeneratedCell[] = FINDINGS_SHEET_HEADERS.map((text) => ({ value: text, bold: true }));
  const rows: GeneratedCell[][] = [header];
  for (const finding of findings) {
    rows.push([
      { value: SEVERITY_LABELS[finding.severity].zh },
      { value: finding.sheet },
      { value: finding.cell },
      { value: finding.code },
      { value: renderFinding(finding, 'zh-CN'), wrap: true },
      suggestedValue(finding),
    ]);
  }
  if (findings.length === 0) rows.push([{ value: '未发现问题' }]);
  return { name: FINDINGS_SHEET_NAME, columnWidths: [10, 24, 10, 26, 80, 16], rows };
}
