import rule from '../../../src/engine/rules/missing-column';
import { testRule } from './tester';

testRule(rule, {
  valid: [
    { name: 'no problems' },
    {
      name: 'other problem kinds',
      problems: [
        {
          kind: 'unreadableNumber',
          sheet: 'S',
          cell: { row: 1, col: 1 },
          data: { label: '全年执行数', text: '见附表' },
        },
      ],
    },
  ],
  invalid: [
    {
      name: 'a project header without 全年执行数, on a sheet with no table',
      problems: [
        {
          kind: 'missingColumn',
          sheet: '表1',
          cell: { row: 2, col: 0 },
          data: { column: '全年执行数', table: '项目支出绩效自评表' },
        },
      ],
      findings: [
        { cell: 'A3', sheet: '表1', severity: 'error', data: { column: '全年执行数', table: '项目支出绩效自评表' } },
      ],
    },
  ],
});
