/** A table-like header lacking a required column (from the reader's ReadProblems). */
import { defineRule } from './define';

export default defineRule({
  code: 'missing-column',
  severity: 'error',
  description: '表头缺少必需的列',
  marker: {
    zh: '表头缺少必需的列',
    en: 'a required column is missing from the header',
  },
  messages: {
    missing: {
      zh: '「{{table}}」缺少“{{column}}”列，相关检查和计分无法进行。请补上该列（或使用标准表头名称）。',
      en: 'The "{{table}}" table has no "{{column}}" column, so its checks and scores cannot run. Add the column (or use the standard header name).',
    },
  },
  checkWorkbook({ problems, report }) {
    for (const problem of problems) {
      if (problem.kind !== 'missingColumn') continue;
      report({
        messageId: 'missing',
        sheet: problem.sheet,
        cell: problem.cell,
        data: { table: String(problem.data.table ?? ''), column: String(problem.data.column ?? '') },
      });
    }
  },
});
