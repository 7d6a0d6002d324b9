import rule from '../../../src/engine/rules/level-weight-mismatch';
import { makeIndicator, makeTable, testRule } from './tester';

const rows = (a: number, b: number, level2Weight: number | null = null) => [
  makeIndicator({ row: 10, level1: '产出指标', level1Weight: 50, level2Weight, weight: a }),
  makeIndicator({ row: 11, level1: '产出指标', level1Weight: 50, level2Weight, weight: b }),
  makeIndicator({ row: 12, level1: '效益指标', level2: '社会效益', weight: 30 }),
];

testRule(rule, {
  valid: [
    { name: '产出指标(50分) = 30 + 20', tables: [makeTable({ indicators: rows(30, 20) })] },
    { name: '二级 weight matches too', tables: [makeTable({ indicators: rows(30, 20, 50) })] },
  ],
  invalid: [
    {
      name: '产出指标(50分) but 30 + 15',
      tables: [makeTable({ indicators: rows(30, 15) })],
      findings: [
        {
          cell: 'F11',
          severity: 'error',
          messageId: 'level1Differs',
          data: { level: '产出指标', stated: '50', sum: '45' },
        },
      ],
    },
    {
      name: '二级 数量指标 weighted 40 but 30 + 20',
      tables: [makeTable({ indicators: rows(30, 20, 40) })],
      findings: [
        {
          cell: 'F11',
          severity: 'error',
          messageId: 'level2Differs',
          data: { level: '数量指标', stated: '40', sum: '50' },
        },
      ],
    },
  ],
});
