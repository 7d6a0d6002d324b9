import rule from '../../../src/engine/rules/money-unit-suspect';
import { makeFundLine, makeTable, testRule } from './tester';

testRule(rule, {
  valid: [
    {
      name: 'amounts of a county office in 万元',
      tables: [makeTable({ moneyUnit: '万元', funds: makeFundLine('合计', [880, 880, 860]) })],
    },
    {
      name: 'large amounts under a 元 header',
      tables: [makeTable({ moneyUnit: '元', funds: makeFundLine('合计', [2500000, 2500000, 2154576]) })],
    },
  ],
  invalid: [
    {
      name: '元 typed under 万元 (Fujian): one warning, at the first such cell, nothing converted',
      tables: [
        makeTable({
          moneyUnit: '万元',
          funds: makeFundLine('合计', [2500000, 2500000, 2154576]),
          fundLines: [makeFundLine('财政资金小计', [2500000, 2500000, 2154576], { row: 5 })],
        }),
      ],
      findings: [{ cell: 'C5', severity: 'warning', data: { amount: '2500000', yi: '250' } }],
    },
    {
      name: 'the topmost line with such an amount, at its first such cell, whatever order the lines are listed in',
      tables: [
        makeTable({
          moneyUnit: '万元',
          funds: makeFundLine('合计', [880, 880, 860]),
          fundLines: [
            makeFundLine('项目支出', [2500000, 2500000, 2154576], { row: 7 }),
            makeFundLine('基本支出', [10, 10, 2154576], { row: 6 }),
          ],
        }),
      ],
      findings: [{ cell: 'E7', severity: 'warning', data: { line: '基本支出', amount: '2154576', yi: '215.4576' } }],
    },
  ],
});
