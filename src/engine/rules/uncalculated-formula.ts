/**
 * A formula saved without its result (workbooks written by scripts and generators that do not calculate)
 * that the host could not compute: its cell reads as empty, so whatever depends on it is skipped. Said at
 * the cell, with what to do, instead of silently (the host computes + − × ÷, SUM and ROUND itself).
 */
import { formulaAt } from '../snapshot';
import { defineRule } from './define';

export default defineRule<'uncalculated'>({
  code: 'uncalculated-formula',
  severity: 'warning',
  description: '公式没有保存计算结果且无法代为计算（请在 Excel 或 WPS 中重新计算并保存）',
  marker: {
    zh: '公式没有计算结果，数值无法读取',
    en: 'a formula without a calculated value',
  },
  messages: {
    uncalculated: {
      zh: '单元格中的公式 {{formula}} 没有保存计算结果，本工具无法代为计算，已按空白处理，相关计算可能被跳过。请在 Excel 或 WPS 中重新计算并保存后再评估。',
      en: 'The formula {{formula}} was saved without its result and cannot be computed here; the cell is read as empty and related calculations may be skipped. Recalculate and save the workbook in Excel or WPS, then evaluate again.',
    },
  },
  checkWorkbook({ sheets, report }) {
    for (const sheet of sheets) {
      if (sheet.visibility === 'veryHidden') continue;
      for (const cell of sheet.uncalculated ?? []) {
        const formula = formulaAt(sheet, cell.row, cell.col) ?? '';
        report({ messageId: 'uncalculated', sheet: sheet.name, cell, data: { formula } });
      }
    }
  },
});
