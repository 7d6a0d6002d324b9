import rule from '../../../src/engine/rules/executed-over-budget';
import { makeFundLine, makeTable, testRule } from './tester';

testRule(rule, {
  valid: [
    { name: 'executed = budget', tables: [makeTable({ funds: makeFundLine('年度资金总额', [10, 10, 10]) })] },
    { name: 'no budget stated', tables: [makeTable({ funds: makeFundLine('年度资金总额', [10, null, 12]) })] },
  ],
  invalid: [
    {
      name: '12 spent of 10',
      tables: [makeTable({ funds: makeFundLine('年度资金总额', [10, 10, 12]) })],
      findings: [{ cell: 'E5', severity: 'warning', data: { executed: '12', adjusted: '10', rate: '120.00%' } }],
    },
  ],
});
