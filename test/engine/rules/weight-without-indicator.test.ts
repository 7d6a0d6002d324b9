import rule from '../../../src/engine/rules/weight-without-indicator';
import { makeIndicator, makeTable, testRule } from './tester';

testRule(rule, {
  valid: [
    { name: 'named row with weight', tables: [makeTable({ indicators: [makeIndicator({ weight: 10 })] })] },
    {
      name: 'empty row without weight',
      tables: [makeTable({ indicators: [makeIndicator({ name: '', weight: null })] })],
    },
  ],
  invalid: [
    {
      name: 'empty row carrying 分值 5',
      tables: [makeTable({ indicators: [makeIndicator({ name: '', weight: 5 })] })],
      findings: [{ cell: 'F11', severity: 'warning', data: { rowNumber: 11, weight: '5' } }],
    },
  ],
});
