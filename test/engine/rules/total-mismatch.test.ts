import rule from '../../../src/engine/rules/total-mismatch';
import type { SheetSnapshot } from '../../../src/engine/snapshot';
import { at, makeFundLine, makeIndicator, makeTable, SHEET, testRule } from './tester';

/** The table's sheet with every cell empty: the blank 得分 is one the evaluation fills. */
const EMPTY_SHEET: SheetSnapshot = { name: SHEET, visibility: 'visible', values: [], merges: [] };

/** A met row of weight 100 with its 得分 left blank (the evaluation fills 100) and a typed 总分. */
const blankScore = (reportedTotal: number) =>
  makeTable({ indicators: [makeIndicator({ weight: 100 })], reportedTotal, cells: { total: at('G30') } });

const table = (reportedTotal: number) =>
  makeTable({
    funds: makeFundLine('年度资金总额', [10, 10, 10], { weight: 10, reportedScore: 10 }),
    indicators: [
      makeIndicator({ weight: 50, reportedScore: 45.5 }),
      makeIndicator({ row: 11, weight: 40, reportedScore: 39.6 }),
    ],
    reportedTotal,
    cells: { total: at('G30') },
  });

testRule(rule, {
  valid: [
    { name: '总分 95.1 = 10 + 45.5 + 39.6', tables: [table(95.1)] },
    {
      name: 'a row without a reported score: nothing to compare',
      tables: [
        makeTable({ indicators: [makeIndicator({ weight: 100 })], reportedTotal: 90, cells: { total: at('G30') } }),
      ],
    },
    {
      name: 'a typed 总分 equal to what the filled-in sheet adds up to',
      tables: [blankScore(100)],
      sheets: [EMPTY_SHEET],
    },
  ],
  invalid: [
    {
      name: 'a typed 总分 of 90 with a blank 得分 the evaluation fills with 100: caught on the first run',
      tables: [blankScore(90)],
      sheets: [EMPTY_SHEET],
      findings: [{ cell: 'G30', severity: 'error', fix: 100, data: { reported: '90', sum: '100' } }],
    },
    {
      name: '总分 96 ≠ 95.1',
      tables: [table(96)],
      findings: [{ cell: 'G30', severity: 'error', fix: 95.1, data: { reported: '96', sum: '95.1' } }],
    },
  ],
});
