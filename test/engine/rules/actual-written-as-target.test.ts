import rule from '../../../src/engine/rules/actual-written-as-target';
import { makeIndicator, makeTable, testRule } from './tester';

const row = (actualText: string, actual: number | string = actualText) =>
  makeIndicator({
    name: '结转结余变动率',
    direction: '≤',
    target: 0,
    targetText: '≤0%',
    unit: '%',
    actual,
    actualText,
  });

testRule(rule, {
  valid: [
    { name: 'a value', tables: [makeTable({ indicators: [row('2784.09%', 2784.09)] })] },
    { name: 'a negative value', tables: [makeTable({ indicators: [row('-0.49%', -0.49)] })] },
  ],
  invalid: [
    {
      name: 'seed: "≥100%" as the actual',
      tables: [makeTable({ indicators: [row('≥100%')] })],
      findings: [{ cell: 'E11', severity: 'warning', messageId: 'operatorInActual', data: { text: '≥100%' } }],
    },
    {
      name: '"不低于95%" read as a number still flagged',
      tables: [makeTable({ indicators: [row('不低于95%', 95)] })],
      findings: [{ cell: 'E11', severity: 'warning' }],
    },
  ],
});
