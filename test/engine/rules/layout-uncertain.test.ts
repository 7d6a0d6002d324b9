import rule from '../../../src/engine/rules/layout-uncertain';
import { testRule } from './tester';

const problem = (missing: string) => ({
  kind: 'layoutUncertain' as const,
  sheet: '表1',
  cell: { row: 3, col: 5 },
  data: { headers: '“完成情况说明”', table: '项目支出绩效自评表', columns: '三级指标、年度指标值', missing },
});

testRule(rule, {
  valid: [
    { name: 'no problems' },
    {
      name: 'other problem kinds',
      problems: [{ kind: 'missingColumn', sheet: 'S', cell: { row: 1, col: 1 }, data: { column: '得分', table: 'T' } }],
    },
  ],
  invalid: [
    {
      name: 'an unknown header where a required column is missing: one warning naming both',
      problems: [problem('实际完成值')],
      findings: [
        {
          cell: 'F4',
          sheet: '表1',
          severity: 'warning',
          data: {
            headers: '“完成情况说明”',
            table: '项目支出绩效自评表',
            columns: '三级指标、年度指标值',
            missing: '实际完成值',
          },
        },
      ],
    },
    {
      name: 'an unknown header with nothing missing: info',
      problems: [problem('')],
      findings: [{ cell: 'F4', sheet: '表1', severity: 'info' }],
    },
  ],
});
