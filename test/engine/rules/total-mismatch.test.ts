import rule from '../../../src/engine/rules/total-mismatch';
import { at, makeFundLine, makeIndicator, makeTable, testRule } from './tester';

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
  ],
  invalid: [
    {
      name: '总分 96 ≠ 95.1',
      tables: [table(96)],
      findings: [{ cell: 'G30', severity: 'error', fix: 95.1, data: { reported: '96', sum: '95.1' } }],
    },
  ],
});
