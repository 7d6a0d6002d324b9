import rule from '../../../src/engine/rules/placeholder-row';
import { makeIndicator, makeTable, testRule } from './tester';

testRule(rule, {
  valid: [
    {
      name: 'real names',
      tables: [
        makeTable({
          indicators: [makeIndicator({ name: '培训人次' }), makeIndicator({ row: 11, name: '指标完成率' })],
        }),
      ],
    },
  ],
  invalid: [
    {
      name: '廊坊 2019: rows 指标2 and ……',
      tables: [
        makeTable({
          indicators: [
            makeIndicator({ row: 12, name: '指标2', cells: { name: { row: 12, col: 2 } } }),
            makeIndicator({ row: 13, name: '……', weight: 5, cells: { name: { row: 13, col: 2 } } }),
          ],
        }),
      ],
      findings: [
        { cell: 'C13', severity: 'warning', messageId: 'placeholder', data: { rowNumber: 13, name: '指标2' } },
        { cell: 'C14', severity: 'warning', data: { name: '……' } },
      ],
    },
  ],
});
