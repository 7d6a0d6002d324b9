/**
 * A 53号 rate stated on the sheet (在职人员控制率, 预算完成率, 结转结余变动率, …) vs the rate computed from
 * the workbook's own inputs (derived.ts), compared at the precision the cell shows.
 */
import { roundedProduct } from '../decimal';
import { DERIVED_RATE_DEFINITIONS, type DerivedRateDefinition } from '../derived';
import { defineRule } from './define';
import { formatNumber, formatRate } from './support';

/** The inputs under their message placeholders ({ actual: '23', authorized: '22' }). */
function inputData(definition: DerivedRateDefinition, inputs: Record<string, number>): Record<string, string> {
  const data: Record<string, string> = {};
  for (const [name, value] of Object.entries(inputs)) data[definition.inputKeys[name] ?? name] = formatNumber(value);
  return data;
}

export default defineRule({
  code: 'derived-rate-mismatch',
  severity: 'warning',
  description: '表中填报的比率应与按表内数据计算的比率一致（在职人员控制率、预算完成率、结转结余变动率等）',
  marker: {
    zh: '与按表内数据计算的结果不一致',
    en: 'differs from the rate computed from the tables',
  },
  messages: {
    staffControlDiffers: {
      zh: '「{{name}}」填报为 {{stated}}，但按 在职实有人数÷编制数（在职实有人数 {{actual}}，编制数 {{authorized}}）计算为 {{computed}}。请核对后改为 {{computed}}。',
      en: '"{{name}}" reads {{stated}} but staff in post ÷ authorized posts ({{actual}} in post, {{authorized}} authorized) gives {{computed}}. Check and change it to {{computed}}.',
    },
    staffControlAsText: {
      zh: '「{{name}}」填报为“{{stated}}”，不是具体数值；按 在职实有人数÷编制数（在职实有人数 {{actual}}，编制数 {{authorized}}）计算为 {{computed}}。请填写 {{computed}}。',
      en: '"{{name}}" reads "{{stated}}", not a value; staff in post ÷ authorized posts ({{actual}} in post, {{authorized}} authorized) gives {{computed}}. Enter {{computed}}.',
    },
    budgetCompletionDiffers: {
      zh: '「{{name}}」填报为 {{stated}}，但按 全年执行数÷全年预算数（全年执行数 {{executed}}，全年预算数 {{adjusted}}）计算为 {{computed}}。请核对后改为 {{computed}}。',
      en: '"{{name}}" reads {{stated}} but amount executed ÷ full-year budget ({{executed}} executed, budget {{adjusted}}) gives {{computed}}. Check and change it to {{computed}}.',
    },
    budgetCompletionAsText: {
      zh: '「{{name}}」填报为“{{stated}}”，不是具体数值；按 全年执行数÷全年预算数（全年执行数 {{executed}}，全年预算数 {{adjusted}}）计算为 {{computed}}。请填写 {{computed}}。',
      en: '"{{name}}" reads "{{stated}}", not a value; amount executed ÷ full-year budget ({{executed}} executed, budget {{adjusted}}) gives {{computed}}. Enter {{computed}}.',
    },
    budgetAdjustmentDiffers: {
      zh: '「{{name}}」填报为 {{stated}}，但按 (全年预算数−年初预算数)÷年初预算数（全年预算数 {{adjusted}}，年初预算数 {{initial}}）计算为 {{computed}}。请核对后改为 {{computed}}。',
      en: '"{{name}}" reads {{stated}} but (full-year budget - initial budget) ÷ initial budget (full-year budget {{adjusted}}, initial budget {{initial}}) gives {{computed}}. Check and change it to {{computed}}.',
    },
    budgetAdjustmentAsText: {
      zh: '「{{name}}」填报为“{{stated}}”，不是具体数值；按 (全年预算数−年初预算数)÷年初预算数（全年预算数 {{adjusted}}，年初预算数 {{initial}}）计算为 {{computed}}。请填写 {{computed}}。',
      en: '"{{name}}" reads "{{stated}}", not a value; (full-year budget - initial budget) ÷ initial budget (full-year budget {{adjusted}}, initial budget {{initial}}) gives {{computed}}. Enter {{computed}}.',
    },
    carryoverDiffers: {
      zh: '「{{name}}」填报为 {{stated}}，但按 (全年预算数−全年执行数)÷全年预算数（全年预算数 {{adjusted}}，全年执行数 {{executed}}）计算为 {{computed}}。请核对后改为 {{computed}}。',
      en: '"{{name}}" reads {{stated}} but (full-year budget - amount executed) ÷ full-year budget (budget {{adjusted}}, {{executed}} executed) gives {{computed}}. Check and change it to {{computed}}.',
    },
    carryoverAsText: {
      zh: '「{{name}}」填报为“{{stated}}”，不是具体数值；按 (全年预算数−全年执行数)÷全年预算数（全年预算数 {{adjusted}}，全年执行数 {{executed}}）计算为 {{computed}}。请填写 {{computed}}。',
      en: '"{{name}}" reads "{{stated}}", not a value; (full-year budget - amount executed) ÷ full-year budget (budget {{adjusted}}, {{executed}} executed) gives {{computed}}. Enter {{computed}}.',
    },
    carryoverChangeDiffers: {
      zh: '「{{name}}」填报为 {{stated}}，但按 (本年结转结余−上年结转结余)÷上年结转结余（本年结转结余 {{current}}，上年结转结余 {{previous}}）计算为 {{computed}}。请核对后改为 {{computed}}。',
      en: "\"{{name}}\" reads {{stated}} but (this year's carry-over - last year's) ÷ last year's carry-over ({{current}} this year, {{previous}} last year) gives {{computed}}. Check and change it to {{computed}}.",
    },
    carryoverChangeAsText: {
      zh: '「{{name}}」填报为“{{stated}}”，不是具体数值；按 (本年结转结余−上年结转结余)÷上年结转结余（本年结转结余 {{current}}，上年结转结余 {{previous}}）计算为 {{computed}}。请填写 {{computed}}。',
      en: '"{{name}}" reads "{{stated}}", not a value; (this year\'s carry-over - last year\'s) ÷ last year\'s carry-over ({{current}} this year, {{previous}} last year) gives {{computed}}. Enter {{computed}}.',
    },
  },
  check({ table, report }) {
    for (const rate of table.derivedRates) {
      if (!rate.statedAt || rate.stated === null || rate.stated === undefined) continue;
      const definition = DERIVED_RATE_DEFINITIONS[rate.name];
      if (!definition) continue; // every derived rate has its definition (derived.ts)
      const severity = definition.definitionVaries ? 'info' : undefined;
      const base = { name: rate.name, ...inputData(definition, rate.inputs), computed: formatRate(rate.value) };
      if (typeof rate.stated === 'string') {
        if (rate.stated.trim() === '') continue;
        report({
          messageId: `${definition.id}AsText`,
          cell: rate.statedAt,
          severity,
          data: { ...base, stated: rate.stated },
          fix: { value: rate.value, numberFormat: '0.00%' },
        });
        continue;
      }
      const decimals = statedDecimals(rate.statedText);
      const shown = roundedProduct(rate.stated, 100, decimals);
      const computed = roundedProduct(rate.value, 100, decimals);
      if (shown === computed) continue;
      report({
        messageId: `${definition.id}Differs`,
        cell: rate.statedAt,
        severity,
        data: { ...base, stated: formatRate(rate.stated, decimals) },
        fix: { value: rate.value, numberFormat: '0.00%' },
      });
    }
  },
});

/** Decimals a stated percentage shows ("104.55%" → 2, "80%" → 0); 2 when unknown. */
function statedDecimals(text: string | undefined): number {
  if (!text) return 2;
  const match = /\d(?:\.(\d+))?\s*[%％]?\s*$/.exec(text.trim());
  return match ? (match[1]?.length ?? 0) : 2;
}
