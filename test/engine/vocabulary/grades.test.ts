import { GRADES, gradeOf } from '../../../src/engine/vocabulary/grades';

describe('grade wording', () => {
  it.each([
    ['优', '优'],
    ['优秀', '优'],
    ['“优”', '优'],
    ['优秀等级', '优'],
    ['A', '优'],
    ['a级', '优'],
    ['良好', '良'],
    ['B', '良'],
    ['中等', '中'],
    ['合格', '中'],
    ['一般', '中'],
    ['C等次', '中'],
    ['较差', '差'],
    ['不合格', '差'],
    ['D', '差'],
    ['', null],
    ['等级', null],
    ['98.4', null],
    ['优良', null],
    ['???', null],
  ])('%s → %s', (text, grade) => {
    expect(gradeOf(text)).toBe(grade);
  });

  it('lists the grades best first', () => {
    expect(GRADES).toEqual(['优', '良', '中', '差']);
  });
});
