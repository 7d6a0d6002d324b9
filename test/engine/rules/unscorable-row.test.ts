import rule from '../../../src/engine/rules/unscorable-row';
import { at, makeFundLine, makeIndicator, makeTable, SHEET, testRule } from './tester';

testRule(rule, {
  valid: [
    {
      name: 'every weighted row scores',
      tables: [
        makeTable({
          funds: makeFundLine('年度资金总额', [10, 10, 9], { weight: 10 }),
          indicators: [makeIndicator({ weight: 90 })],
        }),
      ],
    },
    {
      name: 'unweighted rows never block',
      tables: [makeTable({ indicators: [makeIndicator({ actual: '完成', actualText: '完成' })] })],
    },
    {
      name: 'score-grid judgment row with a reported score',
      tables: [
        makeTable({
          kind: 'departmentScore',
          indicators: [
            makeIndicator({
              direction: null,
              target: null,
              targetText: '',
              actual: '合规',
              actualText: '合规',
              weight: 2,
              reportedScore: 2,
            }),
          ],
        }),
      ],
    },
  ],
  invalid: [
    {
      name: '池州 funds 0/0/0 and a non-numeric actual',
      tables: [
        makeTable({
          funds: makeFundLine('年度资金总额', [0, 0, 0], { weight: 10 }),
          indicators: [
            makeIndicator({ direction: '≤', target: 30, unit: '万元', actual: '完成', actualText: '完成', weight: 90 }),
          ],
        }),
      ],
      findings: [
        { cell: 'H5', severity: 'warning', data: { row: '年度资金总额' } },
        { cell: 'G11', severity: 'warning', messageId: 'nonNumericActual' },
      ],
    },
    {
      name: 'unit mismatch and unreadable target',
      tables: [
        makeTable({
          indicators: [
            makeIndicator({ unit: '个', actualUnit: '项', weight: 10 }),
            makeIndicator({
              row: 11,
              direction: null,
              target: null,
              targetText: '见附件',
              weight: 10,
              cells: { score: { row: 11, col: 6 } },
            }),
          ],
        }),
      ],
      findings: [
        { cell: 'G11', severity: 'warning', messageId: 'unitMismatch' },
        { cell: 'G12', severity: 'warning', messageId: 'unreadableTarget' },
      ],
    },
    {
      name: 'an unreadable actual (#N/A) or amount (#NUM!) is not called empty',
      tables: [
        makeTable({
          funds: makeFundLine('年度资金总额', [50, 48, null], { weight: 10 }),
          indicators: [
            makeIndicator({ actual: null, actualText: '#N/A', weight: 10 }),
            makeIndicator({ row: 11, actual: null, actualText: '', weight: 10, cells: { score: at('G12') } }),
          ],
        }),
      ],
      problems: [
        {
          kind: 'unreadableNumber',
          sheet: SHEET,
          cell: at('E5'),
          data: { label: '年度资金总额', text: '#NUM!', column: '全年执行数', cause: 'errorValue' },
        },
        {
          kind: 'unreadableNumber',
          sheet: SHEET,
          cell: at('E11'),
          data: { label: '测试指标', text: '#N/A', column: '实际完成值', cause: 'errorValue' },
        },
      ],
      findings: [
        { cell: 'H5', severity: 'warning', messageId: 'unreadableFunds' },
        { cell: 'G11', severity: 'warning', messageId: 'unreadableActual' },
        { cell: 'G12', severity: 'warning', messageId: 'missingActual' },
      ],
    },
  ],
});
