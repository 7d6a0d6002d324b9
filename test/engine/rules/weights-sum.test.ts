import rule from '../../../src/engine/rules/weights-sum';
import { at, makeFundLine, makeIndicator, makeTable, testRule } from './tester';

const table = (weights: number[]) =>
  makeTable({
    funds: makeFundLine('年度资金总额', [10, 10, 10], { weight: 10 }),
    indicators: weights.map((weight, i) => makeIndicator({ row: 10 + i, weight })),
    cells: { total: at('G30') },
  });

testRule(rule, {
  valid: [
    { name: '10 + 50 + 30 + 10 = 100', tables: [table([50, 30, 10])] },
    {
      name: 'department table without weights',
      tables: [makeTable({ kind: 'department', indicators: [makeIndicator()] })],
    },
  ],
  invalid: [
    {
      name: '10 + 50 + 30 + 5 = 95',
      tables: [table([50, 30, 5])],
      findings: [{ cell: 'G30', severity: 'error', data: { sum: '95' } }],
    },
    {
      name: '10 + 60 + 30 + 10.5 = 110.5',
      tables: [table([60, 30, 10.5])],
      findings: [{ cell: 'G30', severity: 'error', data: { sum: '110.5' } }],
    },
  ],
});
