/** 在职实有人数 > 编制数 (在职人员控制率 > 100%). */
import { divide } from '../decimal';
import { defineRule } from './define';
import { cellOr, formatNumber, formatRate } from './support';

export default defineRule({
  code: 'staff-over-authorized',
  severity: 'warning',
  description: '在职实有人数不应超过编制数',
  marker: {
    zh: '在职实有人数超过编制数',
    en: 'staff in post exceed the authorised posts',
  },
  messages: {
    overStaffed: {
      zh: '在职实有人数 {{actual}} 人超过编制数 {{authorized}} 人，在职人员控制率为 {{rate}}。请核对人数；如确有超编，请在报告中说明原因。',
      en: '{{actual}} staff in post exceed the {{authorized}} authorised posts (staff control rate {{rate}}). Check the figures and explain any overstaffing.',
    },
  },
  check({ table, report }) {
    const staff = table.staff;
    if (!staff || staff.actual === null || staff.authorized === null || staff.actual <= staff.authorized) return;
    const rate = divide(staff.actual, staff.authorized);
    report({
      messageId: 'overStaffed',
      cell: cellOr(table, staff.cells.actual, staff.cells.authorized),
      data: {
        actual: formatNumber(staff.actual),
        authorized: formatNumber(staff.authorized),
        rate: rate ? formatRate(Number(rate)) : '—',
      },
    });
  },
});
