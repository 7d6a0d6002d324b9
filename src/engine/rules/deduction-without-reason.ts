/** 得分 < 分值 while the actual meets the target, and no reason written (丽江 2020). */
import { defineRule } from './define';
import { formatScore, hasReason, hasWeight, indicatorLabel } from './support';

export default defineRule({
  code: 'deduction-without-reason',
  severity: 'warning',
  description: '指标已完成却扣分，且未写明扣分原因',
  // The report asks for the missing reason where it would stand (a 待填写), not a 待核实.
  markerScope: 'reason',
  messages: {
    deducted: {
      zh: '「{{row}}」实际完成值 {{actual}} 已达到指标值 {{target}}，却只得 {{reported}} 分（分值 {{weight}}），且未写扣分原因。请给满分 {{weight}}，或在偏差原因中写明扣分理由。',
      en: '"{{row}}" met its target ({{actual}} vs {{target}}) yet scores {{reported}} of {{weight}} with no reason given. Give the full {{weight}} or write why points were deducted.',
    },
  },
  check({ scored, profile, report }) {
    for (let i = 0; i < scored.indicators.length; i++) {
      const { row: ind, met } = scored.indicators[i];
      if (!hasWeight(ind.weight) || ind.reportedScore === null || !ind.cells.score) continue;
      // The reason last: it is the one test that reads text.
      if (met !== true || ind.reportedScore >= ind.weight - profile.scoreTolerance || hasReason(ind.reason)) continue;
      report({
        messageId: 'deducted',
        cell: ind.cells.score,
        data: {
          row: indicatorLabel(ind),
          actual: ind.actualText,
          target: ind.targetText,
          reported: formatScore(ind.reportedScore),
          weight: formatScore(ind.weight),
        },
        fix: { value: ind.weight }, // full marks (inside a 定性 band too: a deduction there still needs its reason)
      });
    }
  },
});
