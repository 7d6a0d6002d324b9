import rule from '../../../src/engine/rules/unreadable-number';
import { testRule } from './tester';

testRule(rule, {
  valid: [
    { name: 'no problems' },
    {
      name: 'missing column is another rule',
      problems: [{ kind: 'missingColumn', sheet: 'S', cell: { row: 0, col: 0 }, data: { column: '分值', table: 'x' } }],
    },
  ],
  invalid: [
    {
      name: '全年执行数 reads 见附表',
      problems: [
        {
          kind: 'unreadableNumber',
          sheet: '表2',
          cell: { row: 5, col: 4 },
          data: { label: '全年执行数', text: '见附表' },
        },
      ],
      findings: [{ cell: 'E6', sheet: '表2', severity: 'error', data: { label: '全年执行数', text: '见附表' } }],
    },
  ],
});
