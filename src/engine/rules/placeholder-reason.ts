/**
 * A placeholder typed where an explanation belongs (`0`, `……`, `指标…`; 廊坊 2019). The reader reads such
 * a reason as none; this says so at the cell. `无`, `/`, `—` are the usual "nothing to explain" marks and
 * pass; whether a missed target lacks its reason is missed-target-no-reason's business.
 */
import { cellValueAt } from '../snapshot';
import { isOddReasonPlaceholder } from '../vocabulary/placeholders';
import { defineRule } from './define';
import { indicatorLabel } from './support';

export default defineRule({
  code: 'placeholder-reason',
  severity: 'info',
  description: '偏差原因栏填写了占位内容（如“0”），不构成说明',
  // The report asks for the missing reason where it would stand (a 待填写), not a 待核实.
  markerScope: 'reason',
  messages: {
    placeholderReason: {
      zh: '「{{row}}」的偏差原因填写为“{{text}}”，不是说明。如无偏差请留空或填“无”；如有偏差请写明原因及改进措施。',
      en: 'The deviation reason of "{{row}}" reads "{{text}}", which explains nothing. Leave it empty (or write "none") when there is no deviation; otherwise give the reason and the remedy.',
    },
  },
  check({ table, sheet, report }) {
    for (let i = 0; i < table.indicators.length; i++) {
      const ind = table.indicators[i];
      const cell = ind.cells.reason;
      if (!cell) continue;
      const raw = cellValueAt(sheet, cell.row, cell.col);
      if (raw === null || typeof raw === 'boolean') continue;
      const text = String(raw).trim();
      if (!isOddReasonPlaceholder(text)) continue;
      report({ messageId: 'placeholderReason', cell, data: { row: indicatorLabel(ind), text } });
    }
  },
});
