/**
 * 执行率 below the profile's threshold (90%) needs an explanation. A line with its own 未完成原因 cell
 * (key tasks) must fill it: warning when empty. A line without one (合计, 项目支出) counts as explained
 * elsewhere when some line or indicator of the workbook gives a reason: then info, else warning.
 */
import type { Table } from '../model';
import { fundLineGroup } from '../read/fund-groups';
import { defineRule } from './define';
import { allFundLines, formatRate, hasReason } from './support';

/**
 * Whether some line or indicator of the workbook gives a reason. Asked only when a low line has no reason
 * cell, and remembered per workbook (its tables array): one scan, not one per table that asks.
 */
const reasonGiven = new WeakMap<readonly Table[], boolean>();

function reasonGivenIn(tables: readonly Table[]): boolean {
  let given = reasonGiven.get(tables);
  if (given === undefined) {
    given = tables.some(
      (t) =>
        allFundLines(t).some((line) => hasReason(line.reason)) || t.indicators.some((ind) => hasReason(ind.reason)),
    );
    reasonGiven.set(tables, given);
  }
  return given;
}

export default defineRule({
  code: 'low-execution-unexplained',
  severity: 'warning',
  description: '预算执行率低于 90% 时应说明原因',
  // The report asks for the missing reason where it would stand (a 待填写), not a 待核实.
  markerScope: 'reason',
  messages: {
    noReason: {
      zh: '「{{line}}」预算执行率为 {{rate}}，低于 {{threshold}}，但未说明原因。请在未完成原因（偏差原因）中说明资金未支出的原因及改进措施。',
      en: 'The execution rate of "{{line}}" is {{rate}}, below {{threshold}}, with no reason given. Explain why the money was not spent and what will be done.',
    },
    explainedElsewhere: {
      zh: '「{{line}}」预算执行率为 {{rate}}，低于 {{threshold}}；表中其他行写有原因说明，请确认已覆盖本行并在自评报告中说明。',
      en: 'The execution rate of "{{line}}" is {{rate}}, below {{threshold}}; reasons are given on other rows: make sure they cover this line and mention it in the report.',
    },
  },
  check({ fundLines, tables, profile, report }) {
    const anyReasonGiven = () => reasonGivenIn(tables);
    for (let i = 0; i < fundLines.length; i++) {
      const line = fundLines[i];
      // Funding sources (其中：财政拨款 …) repeat their total's rate: the total's finding covers them.
      if (fundLineGroup(line) === 'source') continue;
      if (line.rate === null || line.rate >= profile.lowExecutionRate) continue;
      const cell = line.cells.rate ?? line.cells.executed ?? line.cells.label;
      if (!cell) continue;
      const data = {
        line: line.label,
        rate: formatRate(line.rate),
        threshold: formatRate(profile.lowExecutionRate, 0),
      };
      if (line.cells.reason) {
        if (!hasReason(line.reason)) report({ messageId: 'noReason', cell: line.cells.reason, data });
      } else if (anyReasonGiven()) {
        report({ messageId: 'explainedElsewhere', cell, data, severity: 'info' });
      } else {
        report({ messageId: 'noReason', cell, data });
      }
    }
  },
});
