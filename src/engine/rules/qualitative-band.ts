/**
 * A 定性 row's score must lie in the band its actual names (达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成
 * [0, 0.6w) with the national band fractions). The band and the score it allows come from the scored model.
 */
import { bandBounds, type QualitativeBand } from '../scoring';
import { defineRule } from './define';
import { formatScore, hasWeight, indicatorLabel } from './support';

const MESSAGE_OF_BAND: Record<QualitativeBand, 'outsideAchieved' | 'outsidePartial' | 'outsideFailed'> = {
  achieved: 'outsideAchieved',
  partial: 'outsidePartial',
  failed: 'outsideFailed',
};

export default defineRule({
  code: 'qualitative-band',
  severity: 'warning',
  description: '定性指标的得分应落在实际完成情况对应的档次内',
  marker: {
    zh: '定性指标得分不在其档次范围内',
    en: 'the qualitative score is outside its band',
  },
  messages: {
    outsideAchieved: {
      zh: '「{{row}}」实际完成情况为“{{actual}}”（达成年度指标），得分应在 {{low}}～{{high}} 之间，填报为 {{reported}}。建议改为 {{proposed}}。',
      en: '"{{row}}" reads "{{actual}}" (target achieved), so its score belongs in {{low}}–{{high}}; it is {{reported}}. Suggested: {{proposed}}.',
    },
    outsidePartial: {
      zh: '「{{row}}」实际完成情况为“{{actual}}”（部分达成年度指标并具有一定效果），得分应在 {{low}}～{{high}} 之间，填报为 {{reported}}。建议改为 {{proposed}}。',
      en: '"{{row}}" reads "{{actual}}" (target partly achieved), so its score belongs in {{low}}–{{high}}; it is {{reported}}. Suggested: {{proposed}}.',
    },
    outsideFailed: {
      zh: '「{{row}}」实际完成情况为“{{actual}}”（未达成年度指标且效果较差），得分应在 {{low}}～{{high}} 之间，填报为 {{reported}}。建议改为 {{proposed}}。',
      en: '"{{row}}" reads "{{actual}}" (target not achieved), so its score belongs in {{low}}–{{high}}; it is {{reported}}. Suggested: {{proposed}}.',
    },
  },
  check({ scored, profile, report }) {
    for (let i = 0; i < scored.indicators.length; i++) {
      const { row: ind, band, ruleScore } = scored.indicators[i];
      if (ind.direction !== '定性' || !hasWeight(ind.weight) || ind.reportedScore === null || !ind.cells.score)
        continue;
      if (!band || ruleScore === null || ruleScore === ind.reportedScore) continue;
      const { low, high } = bandBounds(band, ind.weight, profile.bandFractions);
      report({
        messageId: MESSAGE_OF_BAND[band],
        cell: ind.cells.score,
        data: {
          row: indicatorLabel(ind),
          actual: ind.actualText,
          low: formatScore(low),
          high: formatScore(high),
          reported: formatScore(ind.reportedScore),
          proposed: formatScore(ruleScore),
        },
        fix: { value: ruleScore },
      });
    }
  },
});
