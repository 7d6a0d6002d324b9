/**
 * A numeric 指标值 written without ≥/≤ is read as ≥ (the forms' default), or as ≤ when the name says a bad
 * thing (成本, 超期, 投诉 …). That ≤ is a guess from the name (SPEC §3) and decides whether the target was
 * met and how the row scores, so it is said aloud (§6.5 never guess silently). The ≥ default is not.
 */
import { defineRule } from './define';
import { cellOr, indicatorLabel } from './support';

export default defineRule({
  code: 'inferred-direction',
  severity: 'info',
  description: '指标值未写“≥”“≤”，按指标名称推定为越低越好（≤）',
  marker: {
    zh: '指标方向由指标名称推断',
    en: 'the direction was inferred from the indicator name',
  },
  messages: {
    reverseGuessed: {
      zh: '「{{row}}」的指标值“{{target}}”未写“≥”或“≤”，已按指标名称推定为越低越好（≤）来判断完成情况并计分。请在指标值前写明“≤”；若该指标越高越好，请写“≥”。',
      en: 'The target "{{target}}" of "{{row}}" has no ≥ or ≤; from its name it was taken as lower-is-better (≤) for judging and scoring it. Write "≤" before the target, or "≥" if higher is better.',
    },
    reverseGuessedColumn: {
      zh: '「{{row}}」的指标性质为空，已按指标名称推定为越低越好（≤）来判断完成情况并计分。请在指标性质栏填写“≤”；若该指标越高越好，请填写“≥”。',
      en: 'The direction of "{{row}}" is empty; from its name it was taken as lower-is-better (≤) for judging and scoring it. Enter "≤" in the direction column, or "≥" if higher is better.',
    },
  },
  check({ table, report }) {
    for (let i = 0; i < table.indicators.length; i++) {
      const ind = table.indicators[i];
      if (!ind.directionInferred || ind.direction !== '≤') continue;
      // A separate 指标性质 column (Yunnan layout) is where the operator belongs; else it is written in the target.
      const directionCell = ind.cells.direction;
      report({
        messageId: directionCell ? 'reverseGuessedColumn' : 'reverseGuessed',
        cell: cellOr(table, directionCell, ind.cells.target, ind.cells.name),
        data: { row: indicatorLabel(ind), target: ind.targetText },
      });
    }
  },
});
