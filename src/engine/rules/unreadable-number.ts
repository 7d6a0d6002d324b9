/**
 * A cell the reader could not take in (text where a number belongs, an error value such as #N/A, a number
 * too large to compute with): scored as nothing, said aloud at the cell with what is there (SPEC §6.5).
 */
import type { UnreadableCause } from '../values';
import { defineRule } from './define';

type MessageId = 'unreadable' | 'errorValue' | 'outOfRange';

const MESSAGE_BY_CAUSE: Record<UnreadableCause, MessageId> = {
  text: 'unreadable',
  errorValue: 'errorValue',
  outOfRange: 'outOfRange',
};

export default defineRule<MessageId>({
  code: 'unreadable-number',
  severity: 'error',
  description: '应为数字或数值的单元格无法读取（文字、错误值或超大数值）',
  marker: {
    zh: '单元格无法读取',
    en: 'the cell cannot be read',
  },
  messages: {
    unreadable: {
      zh: '“{{label}}”应为数字，但单元格内容为“{{text}}”，无法读取，相关计算已跳过。请填写数字（可带单位，如 403.18 或 94.08%）。',
      en: '"{{label}}" should be a number but reads "{{text}}"; related calculations were skipped. Enter a number (units allowed, e.g. 403.18 or 94.08%).',
    },
    errorValue: {
      zh: '“{{label}}”的{{column}}单元格是错误值 {{text}}，无法读取，该项不计分、相关计算已跳过。请修正产生该错误的公式或它引用的单元格，或直接填写正确的值。',
      en: '"{{label}}": the {{column}} cell holds the error value {{text}} and cannot be read; it is not scored and related calculations were skipped. Fix the formula that produces it or the cells it refers to, or type the correct value.',
    },
    outOfRange: {
      zh: '“{{label}}”的{{column}}单元格数值 {{text}} 过大，超出可计算的范围，无法读取，该项不计分、相关计算已跳过。请核对并填写正确的数值（百分比单元格填 94.08% 或 0.9408）。',
      en: '"{{label}}": the {{column}} cell holds {{text}}, too large to compute with; it is not scored and related calculations were skipped. Check it and enter the right number (a percent cell takes 94.08% or 0.9408).',
    },
  },
  checkWorkbook({ problems, report }) {
    for (const problem of problems) {
      if (problem.kind !== 'unreadableNumber') continue;
      const cause = problem.data.cause as UnreadableCause | undefined;
      report({
        messageId: (cause && MESSAGE_BY_CAUSE[cause]) ?? 'unreadable',
        sheet: problem.sheet,
        cell: problem.cell,
        data: {
          label: String(problem.data.label ?? ''),
          text: String(problem.data.text ?? ''),
          column: String(problem.data.column ?? ''),
        },
      });
    }
  },
});
