/**
 * Reported 得分 vs the score the national rule gives (SPEC §6.3). Above the rule: warning. Below it: info
 * when a reason is written, warning when not (a met target with no reason is deduction-without-reason).
 * 定性 rows are left to qualitative-band; judgment rows have no rule score. On a score grid the reported
 * score stands as the computed one (scoring.ts), so this is where a grid's disagreement with the national
 * formula surfaces.
 */
import { nearlyEqual } from '../decimal';
import type { Severity } from '../model';
import { defineRule } from './define';
import { formatRate, formatScore, hasReason, hasWeight, indicatorLabel } from './support';

export default defineRule({
  code: 'score-mismatch',
  severity: 'warning',
  description: '填报得分应与按评分规则计算的得分一致',
  marker: {
    zh: '填报得分高于按评分规则计算的得分',
    en: 'the score entered is above the rule score',
  },
  messages: {
    aboveRule: {
      zh: '「{{row}}」填报得分 {{reported}}，高于按规则计算的 {{computed}}（指标值 {{target}}，实际完成值 {{actual}}，分值 {{weight}}）。请将得分改为 {{computed}}，或在偏差原因中说明依据。',
      en: '"{{row}}" is scored {{reported}}, above the {{computed}} the scoring rule gives (target {{target}}, actual {{actual}}, weight {{weight}}). Change the score to {{computed}} or explain the basis.',
    },
    belowRule: {
      zh: '「{{row}}」填报得分 {{reported}}，低于按规则计算的 {{computed}}（指标值 {{target}}，实际完成值 {{actual}}，分值 {{weight}}）。请核对扣分是否合理，并在偏差原因中写明扣分理由。',
      en: '"{{row}}" is scored {{reported}}, below the {{computed}} the scoring rule gives (target {{target}}, actual {{actual}}, weight {{weight}}). Check the deduction and give its reason.',
    },
    fundsAboveRule: {
      zh: '「{{row}}」填报得分 {{reported}}，高于按规则计算的 {{computed}}（执行率 {{rate}} × 分值 {{weight}}）。请将得分改为 {{computed}}，或在偏差原因中说明依据。',
      en: '"{{row}}" is scored {{reported}}, above the {{computed}} the scoring rule gives (execution rate {{rate}} × weight {{weight}}). Change the score to {{computed}} or explain the basis.',
    },
    fundsBelowRule: {
      zh: '「{{row}}」填报得分 {{reported}}，低于按规则计算的 {{computed}}（执行率 {{rate}} × 分值 {{weight}}）。请核对扣分是否合理，并在偏差原因中写明扣分理由。',
      en: '"{{row}}" is scored {{reported}}, below the {{computed}} the scoring rule gives (execution rate {{rate}} × weight {{weight}}). Check the deduction and give its reason.',
    },
  },
  check({ table, scored, profile, report }) {
    const funds = table.funds;
    if (funds && hasWeight(funds.weight) && funds.score !== null && funds.reportedScore !== null && funds.cells.score) {
      if (!nearlyEqual(funds.reportedScore, funds.score, profile.scoreTolerance)) {
        report({
          messageId: funds.reportedScore > funds.score ? 'fundsAboveRule' : 'fundsBelowRule',
          cell: funds.cells.score,
          data: {
            row: funds.label,
            reported: formatScore(funds.reportedScore),
            computed: formatScore(funds.score),
            rate: formatRate(funds.rate ?? 0),
            weight: formatScore(funds.weight),
          },
          fix: { value: funds.score },
        });
      }
    }
    for (let i = 0; i < scored.indicators.length; i++) {
      const { row: ind, ruleScore, met } = scored.indicators[i];
      if (!hasWeight(ind.weight) || ind.reportedScore === null || !ind.cells.score) continue;
      if (ruleScore === null || ind.direction === '定性') continue;
      if (ind.reportedScore === ruleScore || nearlyEqual(ind.reportedScore, ruleScore, profile.scoreTolerance))
        continue;
      const above = ind.reportedScore > ruleScore;
      if (!above && met === true && !hasReason(ind.reason)) continue; // deduction-without-reason
      const severity: Severity = above || !hasReason(ind.reason) ? 'warning' : 'info';
      report({
        messageId: above ? 'aboveRule' : 'belowRule',
        cell: ind.cells.score,
        severity,
        data: {
          row: indicatorLabel(ind),
          reported: formatScore(ind.reportedScore),
          computed: formatScore(ruleScore),
          target: ind.targetText,
          actual: ind.actualText,
          weight: formatScore(ind.weight),
        },
        fix: { value: ruleScore },
      });
    }
  },
});
