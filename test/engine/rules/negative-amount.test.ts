import rule from '../../../src/engine/rules/negative-amount';
import { NATIONAL_PROFILE } from '../../../src/engine/profiles';
import { scoreTable } from '../../../src/engine/scoring';
import { makeFundLine, makeTable, testRule } from './tester';

testRule(rule, {
  valid: [
    { name: 'amounts of zero and above', tables: [makeTable({ funds: makeFundLine('年度资金总额', [0, 10, 9]) })] },
    { name: 'empty amounts', tables: [makeTable({ funds: makeFundLine('年度资金总额', [null, null, null]) })] },
  ],
  invalid: [
    {
      name: 'a refund typed as −5 executed (rate would read −50%)',
      tables: [makeTable({ funds: makeFundLine('年度资金总额', [10, 10, -5]) })],
      findings: [{ cell: 'E5', severity: 'warning', messageId: 'negativeExecuted', data: { amount: '-5' } }],
    },
    {
      name: 'a negative budget on a sub-line, at each negative cell',
      tables: [
        makeTable({
          funds: makeFundLine('年度资金总额', [10, 10, 9]),
          fundLines: [makeFundLine('其中：财政拨款', [-3, -3, 2], { row: 5 })],
        }),
      ],
      findings: [
        { cell: 'C6', severity: 'warning', messageId: 'negativeInitial' },
        { cell: 'D6', severity: 'warning', messageId: 'negativeAdjusted' },
      ],
    },
  ],
});

describe('negative amounts in scoring', () => {
  it('give no 执行率 and no score, so nothing is written from them', () => {
    const scored = scoreTable(
      makeTable({ funds: makeFundLine('年度资金总额', [10, 10, -5], { weight: 10 }) }),
      NATIONAL_PROFILE,
    );
    expect(scored.table.funds).toMatchObject({ rate: null, score: null });
  });
});
