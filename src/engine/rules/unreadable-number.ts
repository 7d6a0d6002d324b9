/** A required numeric cell holding text the value grammar cannot read: scored as nothing, said aloud. */
import { defineRule } from './define';

export default defineRule({
  code: 'unreadable-number',
  severity: 'error',
  description: '应为数字的单元格无法读取为数字',
  messages: {
    unreadable: {
      zh: '“{{label}}”应为数字，但单元格内容为“{{text}}”，无法读取，相关计算已跳过。请填写数字（可带单位，如 403.18 或 94.08%）。',
      en: '"{{label}}" should be a number but reads "{{text}}"; related calculations were skipped. Enter a number (units allowed, e.g. 403.18 or 94.08%).',
    },
  },
  checkWorkbook({ problems, report }) {
    for (const problem of problems) {
      if (problem.kind !== 'unreadableNumber') continue;
      report({
        messageId: 'unreadable',
        sheet: problem.sheet,
        cell: problem.cell,
        data: { label: String(problem.data.label ?? ''), text: String(problem.data.text ?? '') },
      });
    }
  },
});
