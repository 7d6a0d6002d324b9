/**
 * 自评等级 wording (SPEC §4): the four national grades and the words offices type for them. The reader uses it to
 * recognise a grade cell, the grade-mismatch rule to compare it, the pane to list grades in order.
 */
import type { Grade } from '../model';

/** Best first. */
export const GRADES: readonly Grade[] = ['优', '良', '中', '差'];

/** What each grade is typed as, besides its own character (a trailing 等级/等次/级 is allowed). */
const GRADE_WORDS: Readonly<Record<Grade, readonly string[]>> = {
  优: ['优', '优秀', 'A'],
  良: ['良', '良好', 'B'],
  中: ['中', '中等', '合格', '一般', 'C'],
  差: ['差', '较差', '不合格', 'D'],
};

const SUFFIX = /(等级|等次|级)$/;
const QUOTES_AND_SPACES = /[\s"“”「」'‘’]/g;

/** The grade a cell's text states, or null when it states none. */
export function gradeOf(text: string): Grade | null {
  const word = text.replace(QUOTES_AND_SPACES, '').replace(SUFFIX, '').toUpperCase();
  if (word === '') return null;
  return GRADES.find((grade) => GRADE_WORDS[grade].includes(word)) ?? null;
}
