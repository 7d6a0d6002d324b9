import rule from '../../../src/engine/rules/sum-mismatch';
import { makeFundLine, makeTable, testRule } from './tester';

testRule(rule, {
  valid: [
    {
      name: 'sources add up to the total',
      tables: [
        makeTable({
          funds: makeFundLine('年度资金总额', [100, 100, 90]),
          fundLines: [
            makeFundLine('其中：当年财政拨款', [80, 80, 70], { row: 5 }),
            makeFundLine('上年结转资金', [20, 20, 20], { row: 6 }),
          ],
        }),
      ],
    },
    {
      name: 'seed 合计 = 基本 + 项目 (428.56 = 320.56 + 108; 403.18 = 316.84 + 86.34)',
      tables: [
        makeTable({
          kind: 'department',
          funds: makeFundLine('合计', [285.64, 428.56, 403.18]),
          fundLines: [
            makeFundLine('基本支出', [254.64, 320.56, 316.84], { row: 5 }),
            makeFundLine('项目支出', [31, 108, 86.34], { row: 6 }),
            makeFundLine('远程异地工位制评标建设', [68, 68, 53.49], { row: 7 }), // key task: not a part
          ],
        }),
      ],
    },
    {
      name: 'rounding within 0.01 per part',
      tables: [
        makeTable({
          funds: makeFundLine('年度资金总额', [100.02, null, null]),
          fundLines: [
            makeFundLine('财政拨款', [50, null, null], { row: 5 }),
            makeFundLine('其他资金', [50, null, null], { row: 6 }),
          ],
        }),
      ],
    },
  ],
  invalid: [
    {
      name: '池州 2022: 总额 0/0/0 vs 其中 90/89.974/89.974',
      tables: [
        makeTable({
          funds: makeFundLine('年度资金总额', [0, 0, 0]),
          fundLines: [makeFundLine('其中：本年财政拨款', [90, 89.974, 89.974], { row: 5 })],
        }),
      ],
      findings: [
        { cell: 'C5', severity: 'error', fix: 90, data: { stated: '0', sum: '90' } },
        {
          cell: 'D5',
          severity: 'error',
          fix: 89.974,
          messageId: 'adjustedDiffers',
          data: { sum: '89.974', difference: '-89.974' },
        },
        { cell: 'E5', severity: 'error', fix: 89.974 },
      ],
    },
  ],
});
