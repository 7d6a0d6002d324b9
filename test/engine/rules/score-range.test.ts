import rule from '../../../src/engine/rules/score-range';
import { makeFundLine, makeIndicator, makeTable, testRule } from './tester';

testRule(rule, {
  valid: [
    {
      name: 'scores within 0..分值',
      tables: [
        makeTable({
          indicators: [
            makeIndicator({ weight: 10, reportedScore: 10 }),
            makeIndicator({ row: 11, weight: 10, reportedScore: 0 }),
          ],
        }),
      ],
    },
  ],
  invalid: [
    {
      name: '12 of 10, and −1',
      tables: [
        makeTable({
          funds: makeFundLine('年度资金总额', [10, 10, 10], { weight: 10, reportedScore: 11 }),
          indicators: [
            makeIndicator({ weight: 10, reportedScore: 12 }),
            makeIndicator({ row: 11, weight: 5, reportedScore: -1 }),
          ],
        }),
      ],
      findings: [
        { cell: 'H5', severity: 'error', fix: 10, data: { reported: '11', weight: '10' } },
        { cell: 'G11', severity: 'error', fix: 10, data: { reported: '12', weight: '10' } },
        { cell: 'G12', severity: 'error', fix: 5 },
      ],
    },
  ],
});
