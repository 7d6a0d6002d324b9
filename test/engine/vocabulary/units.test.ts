import {
  compareUnits,
  convertUnit,
  moneyUnitIn,
  normalizeUnit,
  unitKind,
  unitsCompatible,
} from '../../../src/engine/vocabulary/units';

describe('units', () => {
  it.each<[string | null, string | null]>([
    ['%', '%'],
    ['％', '%'],
    ['百分比', '%'],
    ['万', '万元'],
    ['千', '千元'],
    ['（元）', '元'],
    ['人民币元', '元'],
    ['个', '个'],
    ['', null],
    ['—', null],
    [null, null],
  ])('normalizeUnit(%p) → %p', (text, unit) => {
    expect(normalizeUnit(text)).toBe(unit);
  });

  it.each<[string, 'money' | 'percent' | 'count']>([
    ['元', 'money'],
    ['千元', 'money'],
    ['万元', 'money'],
    ['亿元', 'money'],
    ['%', 'percent'],
    ['个', 'count'],
    ['人次', 'count'],
  ])('unitKind(%s) → %s', (unit, kind) => {
    expect(unitKind(unit)).toBe(kind);
  });

  it.each<[number, string | null, string | null, number | null]>([
    [1.5, '万元', '元', 15000],
    [15000, '元', '万元', 1.5],
    [3, '千元', '元', 3000],
    [2500, '千元', '万元', 250],
    [1, '亿元', '万元', 10000],
    [0.1, '万元', '千元', 1],
    [95, '%', '%', 95],
    [95, null, '%', 95],
    [3, '个', '项', null],
    [3, '%', '元', null],
  ])('convertUnit(%p, %p → %p) = %p', (value, from, to, expected) => {
    expect(convertUnit(value, from, to)).toBe(expected);
  });

  it('compares without guessing', () => {
    expect(compareUnits('万元', '元')).toEqual({ status: 'convertible', factor: 10000 });
    expect(compareUnits('个', null).status).toBe('implied');
    expect(compareUnits('个', '个').status).toBe('same');
    expect(unitsCompatible('个', '项')).toBe(false);
    expect(unitsCompatible('千元', '亿元')).toBe(true);
  });

  it.each<[string, '万元' | '元' | null]>([
    ['项目资金(万元)', '万元'],
    ['（单位：元）', '元'],
    ['金额单位：万元', '万元'],
    ['项目名称', null],
  ])('moneyUnitIn(%s) → %p', (text, unit) => {
    expect(moneyUnitIn(text)).toBe(unit);
  });
});
