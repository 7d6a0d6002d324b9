/** 等级 matches 总分 under the profile's grade bands (优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差). */
import { gradeOf } from '../vocabulary/grades';
import { defineRule } from './define';
import { formatScore } from './support';

export default defineRule({
  code: 'grade-mismatch',
  severity: 'error',
  description: '自评等级应与总分所在等级区间一致（优≥90，良80–90，中60–80，差<60）',
  marker: {
    zh: '等级与总分不符',
    en: 'the grade does not match the total',
  },
  messages: {
    gradeDiffers: {
      zh: '自评等级填写为「{{reported}}」，但总分 {{total}} 对应的等级是「{{grade}}」。请将等级改为「{{grade}}」。',
      en: 'The grade reads "{{reported}}" but a total of {{total}} gives "{{grade}}". Change the grade to "{{grade}}".',
    },
  },
  check({ table, scored, report }) {
    if (!table.reportedGrade || !table.cells.grade) return;
    const reported = gradeOf(table.reportedGrade);
    // The typed 总分 when there is one (its grade is sheetGrade), else the computed total.
    const total = table.reportedTotal ?? scored.total;
    const grade = table.reportedTotal !== null ? scored.sheetGrade : scored.grade;
    if (reported === null || grade === null || total === null || reported === grade) return;
    report({
      messageId: 'gradeDiffers',
      cell: table.cells.grade,
      data: { reported: table.reportedGrade, total: formatScore(total), grade },
      fix: { value: grade },
    });
  },
});
