import rule from '../../../src/engine/rules/unreadable-number';
import { at, SHEET, testRule } from './tester';

testRule(rule, {
  valid: [
    { name: 'no problems' },
    {
      name: 'missing column is another rule',
      problems: [{ kind: 'missingColumn', sheet: 'S', cell: { row: 0, col: 0 }, data: { column: '分值', table: 'x' } }],
    },
  ],
  invalid: [
    {
      name: '全年执行数 reads 见附表',
      problems: [
        {
          kind: 'unreadableNumber',
          sheet: '表2',
          cell: { row: 5, col: 4 },
          data: { label: '全年执行数', text: '见附表' },
        },
      ],
      findings: [
        {
          cell: 'E6',
          sheet: '表2',
          severity: 'error',
          messageId: 'unreadable',
          data: { label: '全年执行数', text: '见附表' },
        },
      ],
    },
    {
      name: 'an error value in 实际完成值 and in 指标值 says what is there, at each cell',
      problems: [
        {
          kind: 'unreadableNumber',
          sheet: SHEET,
          cell: at('H14'),
          data: { label: '培训人数', text: '#N/A', column: '实际完成值', cause: 'errorValue' },
        },
        {
          kind: 'unreadableNumber',
          sheet: SHEET,
          cell: at('F15'),
          data: { label: '培训考核合格率', text: '#REF!', column: '指标值', cause: 'errorValue' },
        },
      ],
      findings: [
        {
          cell: 'H14',
          severity: 'error',
          messageId: 'errorValue',
          data: { label: '培训人数', text: '#N/A', column: '实际完成值' },
        },
        {
          cell: 'F15',
          severity: 'error',
          messageId: 'errorValue',
          data: { label: '培训考核合格率', text: '#REF!', column: '指标值' },
        },
      ],
    },
    {
      name: 'a number too large to compute with (1e307 shown as a percent)',
      problems: [
        {
          kind: 'unreadableNumber',
          sheet: SHEET,
          cell: at('H13'),
          data: { label: '培训人数', text: '1e+307', column: '实际完成值', cause: 'outOfRange' },
        },
      ],
      findings: [{ cell: 'H13', severity: 'error', messageId: 'outOfRange', data: { text: '1e+307' } }],
    },
  ],
});
