import rule from '../../../src/engine/rules/qualitative-band';
import { makeIndicator, makeTable, testRule } from './tester';

const qualitative = (actual: string, reportedScore: number | null, weight = 10) =>
  makeIndicator({
    direction: '定性',
    target: '效果明显',
    targetText: '效果明显',
    actual,
    actualText: actual,
    weight,
    reportedScore,
  });

testRule(rule, {
  valid: [
    {
      name: '达成 scored 9 of 10 (inside [8, 10])',
      tables: [makeTable({ indicators: [qualitative('达成年度指标', 9)] })],
    },
    { name: '80% belongs to the top band', tables: [makeTable({ indicators: [qualitative('达成预期指标', 8)] })] },
    {
      name: '60% belongs to the middle band',
      tables: [makeTable({ indicators: [qualitative('部分达成年度指标并具有一定效果', 6)] })],
    },
    { name: 'wording that names no band', tables: [makeTable({ indicators: [qualitative('合理', 3)] })] },
    { name: 'no reported score', tables: [makeTable({ indicators: [qualitative('达成年度指标', null)] })] },
  ],
  invalid: [
    {
      name: '部分达成 scored 9: the band is [6, 8), nearest score inside 7.99',
      tables: [makeTable({ indicators: [qualitative('部分达成年度指标并具有一定效果', 9)] })],
      findings: [{ cell: 'G11', severity: 'warning', fix: 7.99, data: { low: '6', high: '8', reported: '9' } }],
    },
    {
      name: '达成 scored 7: raised to 8',
      tables: [makeTable({ indicators: [qualitative('达成年度指标', 7)] })],
      findings: [{ cell: 'G11', severity: 'warning', fix: 8 }],
    },
    {
      name: '未达成 scored 6 (= 0.6w, not in [0, 6))',
      tables: [makeTable({ indicators: [qualitative('未达成年度指标且效果较差', 6)] })],
      findings: [{ cell: 'G11', severity: 'warning', fix: 5.99 }],
    },
  ],
});
