/**
 * Honest uncertainty (issue 12): a header band holding labels the role table does not know. One finding per
 * table names those labels and says how the table was read (its family and the columns recognised); a
 * warning when a required column is also missing (the unknown label may be it), else info.
 */
import { defineRule } from './define';

export default defineRule<'missing' | 'unknown'>({
  code: 'layout-uncertain',
  severity: 'warning',
  description: '表头中有无法识别的列名：说明本表是如何读取的',
  messages: {
    missing: {
      zh: '表头{{headers}}未能识别。本表按「{{table}}」读取，识别到的列：{{columns}}；缺少“{{missing}}”，相关检查和计分未进行。若{{headers}}就是该列，请改用标准列名（如“{{missing}}”）。',
      en: 'Header {{headers}} was not recognised. The table was read as "{{table}}" with the columns {{columns}}; "{{missing}}" is missing, so its checks and scores did not run. If {{headers}} is that column, use the standard name ("{{missing}}").',
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
