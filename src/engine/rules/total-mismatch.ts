/** 总分 = Σ得分 of the sheet's own scores (SPEC §6.2). */
import { nearlyEqual, roundHalfUp, sum } from '../decimal';
import { defineRule } from './define';
import { formatScore, hasWeight } from './support';

export default defineRule({
  code: 'total-mismatch',
  severity: 'error',
  description: '总分应等于各项得分之和',
  messages: {
    totalDiffers: {
      zh: '总分填写为 {{reported}}，但各项得分合计为 {{sum}}。请将总分改为 {{sum}}（或核对各项得分）。',
      en: 'The total reads {{reported}} but the row scores add up to {{sum}}. Change the total to {{sum}} (or check the row scores).',
    },
  },
  check({ table, profile, report }) {
    if (table.reportedTotal === null || !table.cells.total) return;
    const reported: Array<number | null> = [];
    if (table.funds && hasWeight(table.funds.weight)) reported.push(table.funds.reportedScore);
    for (const ind of table.indicators) if (hasWeight(ind.weight)) reported.push(ind.reportedScore);
    if (reported.length === 0 || reported.some((score) => score === null)) return;
    const rowSum = roundHalfUp(sum(reported as number[]));
    if (nearlyEqual(rowSum, table.reportedTotal, profile.scoreTolerance)) return;
    report({
      messageId: 'totalDiffers',
      cell: table.cells.total,
      data: { reported: formatScore(table.reportedTotal), sum: formatScore(rowSum) },
      fix: { value: rowSum },
    });
  },
});
