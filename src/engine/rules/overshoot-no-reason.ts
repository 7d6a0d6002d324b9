/** B ≥ overshootRatio × A needs an explanation (the target may have been set too low; SPEC §4). */
import { defineRule } from './define';
import { cellOr, formatNumber, hasReason, indicatorLabel } from './support';

export default defineRule({
  code: 'overshoot-no-reason',
  severity: 'warning',
  description: '实际完成值大幅超过指标值时应说明原因（指标值是否设定偏低）',
  // The report asks for the missing reason where it would stand (a 待填写), not a 待核实.
  markerScope: 'reason',
  messages: {
    overshoot: {
      zh: '「{{row}}」实际完成值 {{actual}} 达到指标值 {{target}} 的 {{ratio}} 倍以上，但未说明原因。请在偏差原因中说明超额原因；若指标值设定偏低，可按偏离度适度调减得分。',
      en: '"{{row}}" reached {{actual}}, at least {{ratio}} times its target {{target}}, with no explanation. Explain the overshoot; if the target was set too low the score may be reduced.',
    },
  },
  check({ table, scored, profile, report }) {
    for (let i = 0; i < scored.indicators.length; i++) {
      const { row: ind, status } = scored.indicators[i];
      if (status !== 'overshoot' || hasReason(ind.reason)) continue;
      report({
        messageId: 'overshoot',
        cell: cellOr(table, ind.cells.actual, ind.cells.name),
        data: {
          row: indicatorLabel(ind),
          actual: ind.actualText,
          target: ind.targetText,
          ratio: formatNumber(profile.overshootRatio),
        },
      });
    }
  },
});
