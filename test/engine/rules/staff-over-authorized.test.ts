import rule from '../../../src/engine/rules/staff-over-authorized';
import { at, makeTable, testRule } from './tester';

const staff = (authorized: number, actual: number) =>
  makeTable({ kind: 'department', staff: { authorized, actual, cells: { authorized: at('A40'), actual: at('E40') } } });

testRule(rule, {
  valid: [
    { name: '22 of 22', tables: [staff(22, 22)] },
    { name: 'under', tables: [staff(22, 20)] },
  ],
  invalid: [
    {
      name: 'seed: 在职 23 > 编制 22',
      tables: [staff(22, 23)],
      findings: [{ cell: 'E40', severity: 'warning', data: { actual: '23', authorized: '22', rate: '104.55%' } }],
    },
  ],
});
