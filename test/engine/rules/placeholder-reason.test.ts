import rule from '../../../src/engine/rules/placeholder-reason';
import type { CellValue, SheetSnapshot } from '../../../src/engine/snapshot';
import { makeIndicator, makeTable, SHEET, testRule } from './tester';

/** A sheet whose H11 (the reason cell of makeIndicator's row) holds `reason`. */
const sheetWithReason = (reason: CellValue): SheetSnapshot => {
  const values: CellValue[][] = Array.from({ length: 12 }, () => Array<CellValue>(9).fill(null));
  values[10][7] = reason;
  return { name: SHEET, visibility: 'visible', values, merges: [] };
};
const tables = [makeTable({ indicators: [makeIndicator()] })];

testRule(rule, {
  valid: [
    { name: 'empty reason', tables, sheets: [sheetWithReason(null)] },
    { name: '无 means nothing to explain', tables, sheets: [sheetWithReason('无')] },
    { name: 'a real reason', tables, sheets: [sheetWithReason('受疫情影响延期')] },
  ],
  invalid: [
    {
      name: '廊坊 2019: the number 0 typed as the reason',
      tables,
      sheets: [sheetWithReason(0)],
      findings: [{ cell: 'H11', severity: 'info', data: { text: '0' } }],
    },
    {
      name: '…… as the reason',
      tables,
      sheets: [sheetWithReason('……')],
      findings: [{ cell: 'H11', severity: 'info', data: { text: '……' } }],
    },
  ],
});
