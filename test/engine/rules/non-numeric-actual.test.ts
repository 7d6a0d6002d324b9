import rule from '../../../src/engine/rules/non-numeric-actual';
import { makeIndicator, makeTable, testRule } from './tester';

const daying = (actual: number | string | null, actualText: string, weight: number | null = 90) =>
  makeIndicator({
    level2: '经济成本指标',
    name: '成本控制数',
    direction: '≤',
    target: 30,
    targetText: '≤30万元',
    unit: '万元',
    actual,
    actualText,
    actualUnit: typeof actual === 'number' ? '万元' : null,
    weight,
    reportedScore: weight,
  });

testRule(rule, {
  valid: [
    { name: 'numeric actual', tables: [makeTable({ indicators: [daying(28, '28万元')] })] },
    {
      name: 'qualitative row with 完成',
      tables: [
        makeTable({
          indicators: [
            makeIndicator({
              direction: '定性',
              target: '效果明显',
              targetText: '效果明显',
              actual: '完成',
              actualText: '完成',
            }),
          ],
        }),
      ],
    },
    { name: 'empty actual (left to unscorable-row)', tables: [makeTable({ indicators: [daying('', '')] })] },
    {
      name: 'placeholder 无 on a weighted row (left to unscorable-row)',
      tables: [makeTable({ indicators: [daying(null, '无')] })],
    },
    { name: 'empty actual on an unweighted row', tables: [makeTable({ indicators: [daying(null, '', null)] })] },
  ],
  invalid: [
    {
      name: '大英 2023: `完成` against `≤30万元`',
      tables: [makeTable({ indicators: [daying('完成', '完成')] })],
      findings: [
        {
          cell: 'E11',
          severity: 'warning',
          messageId: 'notANumberInUnit',
          data: { target: '≤30万元', actual: '完成', unit: '万元' },
        },
      ],
    },
    {
      name: '衡山 2020: placeholder 无 against a quantitative target on an unweighted row',
      tables: [makeTable({ indicators: [daying(null, '无', null)] })],
      findings: [
        {
          cell: 'E11',
          severity: 'warning',
          messageId: 'notANumberInUnit',
          data: { target: '≤30万元', actual: '无', unit: '万元' },
        },
      ],
    },
  ],
});
