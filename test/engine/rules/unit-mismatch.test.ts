import rule from '../../../src/engine/rules/unit-mismatch';
import { makeIndicator, makeTable, testRule } from './tester';

const row = (unit: string | null, actualUnit: string | null) =>
  makeIndicator({ target: 10, unit, actual: 10, actualUnit, actualText: `10${actualUnit ?? ''}` });

testRule(rule, {
  valid: [
    { name: '万元 vs 元 convert', tables: [makeTable({ indicators: [row('万元', '元')] })] },
    { name: 'same unit', tables: [makeTable({ indicators: [row('个', '个')] })] },
    { name: 'actual without unit', tables: [makeTable({ indicators: [row('个', null)] })] },
  ],
  invalid: [
    {
      name: '项 vs 个',
      tables: [makeTable({ indicators: [row('个', '项')] })],
      findings: [{ cell: 'E11', severity: 'warning', data: { targetUnit: '个', actualUnit: '项' } }],
    },
    {
      name: '% vs 万元',
      tables: [makeTable({ indicators: [row('%', '万元')] })],
      findings: [{ cell: 'E11', severity: 'warning' }],
    },
  ],
});
