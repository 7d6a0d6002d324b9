/** 0 ≤ 得分 ≤ 分值 on every scored row (SPEC §6.2). */
import type { FundLine, Indicator } from '../model';
import { defineRule } from './define';
import { formatScore, hasWeight, indicatorLabel } from './support';

export default defineRule({
  code: 'score-range',
  severity: 'error',
  description: '得分应在 0 与分值之间',
  marker: {
    zh: '得分超出0至分值的范围',
    en: 'the score is outside 0 to the weight',
  },
  messages: {
    outOfRange: {
      zh: '「{{row}}」得分 {{reported}} 超出 0～{{weight}} 的范围。请将得分改为不超过分值 {{weight}} 且不小于 0 的数。',
      en: '"{{row}}" is scored {{reported}}, outside 0–{{weight}}. Enter a score between 0 and the weight {{weight}}.',
    },
  },
  check({ table, report }) {
    const funds = table.funds;
    const rows: ReadonlyArray<FundLine | Indicator> = funds
      ? [funds as FundLine | Indicator].concat(table.indicators)
      : table.indicators;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const { weight, reportedScore: reported, score } = row;
      const cell = row.cells.score;
      if (!cell || reported === null || !hasWeight(weight)) continue;
      if (reported >= 0 && reported <= weight) continue;
      const proposed = score !== null && score >= 0 && score <= weight ? score : null;
      // The label only for a row that is reported (indicatorLabel looks at several fields).
      const label = row === funds ? funds.label : indicatorLabel(row as Indicator);
      report({
        messageId: 'outOfRange',
        cell,
        data: { row: label, reported: formatScore(reported), weight: formatScore(weight) },
        ...(proposed !== null ? { fix: { value: proposed } } : {}),
      });
    }
  },
});
