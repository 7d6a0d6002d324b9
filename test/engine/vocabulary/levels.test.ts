import {
  groupByLevel,
  level1Family,
  level2BelongsUnder,
  level2Family,
  type LevelFamily,
} from '../../../src/engine/vocabulary/levels';

describe('indicator levels', () => {
  it.each<[string, LevelFamily | null, LevelFamily | null]>([
    ['产出指标', 'output', 'output'],
    ['产出', 'output', 'output'],
    ['一、产出指标(50分)', 'output', 'output'],
    ['效益指标', 'benefit', 'benefit'],
    ['效果', 'benefit', 'benefit'],
    ['满意度指标', 'satisfaction', 'satisfaction'],
    ['投入', 'input', 'input'],
    ['过程', 'process', 'process'],
    ['项目产出', null, 'output'],
    ['投入和管理', null, 'input'],
    ['能力建设', null, null],
  ])('level1Family(%s) → strict %p, loose %p', (name, strict, loose) => {
    expect(level1Family(name)).toBe(strict);
    expect(level1Family(name, 'loose')).toBe(loose);
  });

  it.each<[string, LevelFamily | null]>([
    ['数量指标', 'output'],
    ['时效指标', 'output'],
    ['社会效益指标', 'benefit'],
    ['服务对象满意度指标', 'satisfaction'],
    ['预算执行', 'process'],
    ['目标设定', 'input'],
    ['能力建设', null],
  ])('level2Family(%s) → %p', (name, family) => {
    expect(level2Family(name)).toBe(family);
  });

  it('accepts 满意度 under 效益 and nothing else across families', () => {
    expect(level2BelongsUnder('satisfaction', 'benefit')).toBe(true);
    expect(level2BelongsUnder('output', 'output')).toBe(true);
    expect(level2BelongsUnder('output', 'benefit')).toBe(false);
  });

  it('groups rows by level in first-appearance order, in one pass', () => {
    const rows = [
      { level1: '产出指标', level2: '数量指标', id: 1 },
      { level1: '效益指标', level2: '社会效益指标', id: 2 },
      { level1: '产出指标', level2: '质量指标', id: 3 },
      { level1: '产出指标', level2: '数量指标', id: 4 },
      { level1: '', level2: '', id: 5 },
      { level1: '能力建设', level2: '', id: 6 },
    ];
    expect(groupByLevel(rows, 1).map((g) => [g.name, g.rows.map((r) => r.id)])).toEqual([
      ['产出指标', [1, 3, 4]],
      ['效益指标', [2]],
      ['能力建设', [6]],
    ]);
    expect(groupByLevel(rows, 2).map((g) => [g.level1, g.name, g.rows.map((r) => r.id)])).toEqual([
      ['产出指标', '数量指标', [1, 4]],
      ['效益指标', '社会效益指标', [2]],
      ['产出指标', '质量指标', [3]],
      ['能力建设', '能力建设', [6]],
    ]);
  });
});
