/** A 定性 row's score must lie in the band its actual names (达成 [0.8w, w], 部分达成 [0.6w, 0.8w), 未达成 [0, 0.6w)). */
import { bandBounds, bandScore, qualitativeBand } from '../scoring';
import { defineRule } from './define';
import { formatScore, hasWeight, indicatorLabel } from './support';

const BAND_NAMES = {
  achieved: { zh: '达成年度指标', en: 'target achieved' },
  partial: { zh: '部分达成年度指标并具有一定效果', en: 'target partly achieved' },
  failed: { zh: '未达成年度指标且效果较差', en: 'target not achieved' },
} as const;

export default defineRule({
  code: 'qualitative-band',
  severity: 'warning',
  description: '定性指标的得分应落在实际完成情况对应的档次内',
  messages: {
    outsideBand: {
      zh: '「{{row}}」实际完成情况为“{{actual}}”（{{band}}），得分应在 {{low}}～{{high}} 之间，填报为 {{reported}}。建议改为 {{proposed}}。',
      en: '"{{row}}" reads "{{actual}}" ({{bandEn}}), so its score belongs in {{low}}–{{high}}; it is {{reported}}. Suggested: {{proposed}}.',
    },
  },
  check({ table, report }) {
    for (const ind of table.indicators) {
      if (ind.direction !== '定性' || !hasWeight(ind.weight) || ind.reportedScore === null || !ind.cells.score)
        continue;
      const band = qualitativeBand(typeof ind.actual === 'string' ? ind.actual : ind.actualText);
      if (!band) continue;
      const proposed = bandScore(band, ind.weight, ind.reportedScore);
      if (proposed === ind.reportedScore) continue;
      const { low, high } = bandBounds(band, ind.weight);
      report({
        messageId: 'outsideBand',
        cell: ind.cells.score,
        data: {
          row: indicatorLabel(ind),
          actual: ind.actualText,
          band: BAND_NAMES[band].zh,
          bandEn: BAND_NAMES[band].en,
          low: formatScore(low),
          high: formatScore(high),
          reported: formatScore(ind.reportedScore),
          proposed: formatScore(proposed),
        },
        fix: { value: proposed },
      });
    }
  },
});
