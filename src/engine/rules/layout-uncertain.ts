/**
 * Honest uncertainty (issue 12): a header band holding labels the role table does not know. One finding per
 * table names those labels and says how the table was read (its family and the columns recognised); a
 * warning when a required column is also missing (the unknown label may be it), else info.
 */
import { defineRule } from './define';

export default defineRule<'missing' | 'unknown' | 'assumed' | 'fundsOnly' | 'blockWeights'>({
  code: 'layout-uncertain',
  severity: 'warning',
  description: '表头中有无法识别的列名：说明本表是如何读取的',
  marker: {
    zh: '表格结构未能完全识别',
    en: 'the table layout was not fully recognised',
  },
  messages: {
    missing: {
      zh: '表头{{headers}}未能识别。本表按「{{table}}」读取，识别到的列：{{columns}}；缺少“{{missing}}”，相关检查和计分未进行。若{{headers}}就是该列，请改用标准列名（如“{{missing}}”）。',
      en: 'Header {{headers}} was not recognised. The table was read as "{{table}}" with the columns {{columns}}; "{{missing}}" is missing, so its checks and scores did not run. If {{headers}} is that column, use the standard name ("{{missing}}").',
    },
    assumed: {
      zh: '「{{table}}」没有“{{column}}”列，已按表头以“{{assumed}}”作为{{column}}计算执行率。如不正确，请补上“{{column}}”列。',
      en: 'The "{{table}}" block has no "{{column}}" column; "{{assumed}}" was used in its place to compute the execution rate, as the header defines. If that is wrong, add the "{{column}}" column.',
    },
    blockWeights: {
      zh: '「{{table}}」没有“分值”列，只在分块标签中写了分值（{{blockWeights}}）：各指标行没有自己的分值，不能按规则计分，本表不计算总分，只核对得分合计与总分、等级。如需逐行计分，请补上“分值”列。',
      en: 'The "{{table}}" table has no weight column; only its blocks carry weights in their labels ({{blockWeights}}). The rows have no weight of their own, so they are not scored by the rule and no computed total is given; only the sums, the total and the grade are checked. To score each row, add a weight column.',
    },
    fundsOnly: {
      zh: '本表只找到资金部分，未找到绩效指标表头（一级指标/三级指标/指标值…），只检查了资金。请确认绩效指标表是否在其他工作表或表头是否被改写。',
      en: 'Only a funds block was found here, no indicator header (level 1/3 indicators, targets ...): only the funds were checked. Check whether the indicators are on another sheet or their header was reworded.',
    },
    unknown: {
      zh: '表头{{headers}}未能识别，该列未读取。本表按「{{table}}」读取，识别到的列：{{columns}}。请核对该列是否需要读取；需要时请改用标准列名。',
      en: 'Header {{headers}} was not recognised and its column was not read. The table was read as "{{table}}" with the columns {{columns}}. Check whether the column should be read; if so, use its standard name.',
    },
  },
  checkWorkbook({ problems, report }) {
    for (const problem of problems) {
      if (problem.kind !== 'layoutUncertain') continue;
      const missing = String(problem.data.missing ?? '');
      if (problem.data.blockWeights) {
        report({
          messageId: 'blockWeights',
          severity: 'info',
          sheet: problem.sheet,
          cell: problem.cell,
          data: { table: String(problem.data.table ?? ''), blockWeights: String(problem.data.blockWeights) },
        });
        continue;
      }
      if (problem.data.fundsOnly) {
        report({ messageId: 'fundsOnly', severity: 'info', sheet: problem.sheet, cell: problem.cell, data: {} });
        continue;
      }
      if (problem.data.assumed) {
        report({
          messageId: 'assumed',
          severity: 'info',
          sheet: problem.sheet,
          cell: problem.cell,
          data: {
            table: String(problem.data.table ?? ''),
            column: String(problem.data.column ?? ''),
            assumed: String(problem.data.assumed),
          },
        });
        continue;
      }
      report({
        messageId: missing ? 'missing' : 'unknown',
        severity: missing ? 'warning' : 'info',
        sheet: problem.sheet,
        cell: problem.cell,
        data: {
          headers: String(problem.data.headers ?? ''),
          table: String(problem.data.table ?? ''),
          columns: String(problem.data.columns ?? ''),
          missing,
        },
      });
    }
  },
});
