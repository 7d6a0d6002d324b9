import rule from '../../../src/engine/rules/rate-mismatch';
import { makeFundLine, makeTable, runRule, testRule } from './tester';

const projectLine = (statedRate: number, statedRateDecimals: number) =>
  makeTable({
    kind: 'department',
    fundLines: [makeFundLine('项目支出', [31, 108, 86.34], { statedRate, statedRateDecimals })],
  });

testRule(rule, {
  valid: [
    { name: 'seed 项目 "80%" vs 79.94% is consistent at 0 decimals', tables: [projectLine(0.8, 0)] },
    {
      name: '94.08% at 2 decimals (403.18/428.56)',
      tables: [
        makeTable({
          funds: makeFundLine('合计', [285.64, 428.56, 403.18], { statedRate: 0.9408, statedRateDecimals: 2 }),
        }),
      ],
    },
    { name: 'no stated rate', tables: [makeTable({ funds: makeFundLine('合计', [1, 2, 1]) })] },
    {
      name: '0/0 has no rate to compare (池州)',
      tables: [makeTable({ funds: makeFundLine('合计', [0, 0, 0], { statedRate: 0, statedRateDecimals: 0 }) })],
    },
  ],
  invalid: [
    {
      name: '"79.90%" is not 79.94%',
      tables: [projectLine(0.799, 2)],
      findings: [{ cell: 'G5', severity: 'error', data: { stated: '79.90%', computed: '79.94%', formula: '=E5/D5' } }],
    },
    {
      name: '"81%" at 0 decimals is not 80%',
      tables: [projectLine(0.81, 0)],
      findings: [{ cell: 'G5', severity: 'error', data: { stated: '81%', computed: '79.94%' } }],
    },
  ],
});

it('proposes the formula with its cached value and a percent format', () => {
  const [finding] = runRule(rule, { name: 'fix', tables: [projectLine(0.799, 2)] });
  expect(finding.fix).toEqual(expect.objectContaining({ cell: 'G5', formula: '=E5/D5', numberFormat: '0.00%' }));
  expect(Math.abs((finding.fix!.value as number) - 86.34 / 108)).toBeLessThan(1e-12);
});
