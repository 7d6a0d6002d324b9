import { areaToA1, columnIndex, columnName, parseA1, parseArea, quoteSheetName, toA1 } from '../../src/engine/a1';

describe('A1 addresses', () => {
  it('names columns past Z and ZZ', () => {
    expect(columnName(0)).toBe('A');
    expect(columnName(25)).toBe('Z');
    expect(columnName(26)).toBe('AA');
    expect(columnName(701)).toBe('ZZ');
    expect(columnName(702)).toBe('AAA');
    expect(columnName(16383)).toBe('XFD');
  });

  it('round-trips every column up to XFD', () => {
    for (let col = 0; col < 16384; col++) expect(columnIndex(columnName(col))).toBe(col);
  });

  it('converts cells and areas both ways', () => {
    expect(toA1(4, 7)).toBe('H5');
    expect(parseA1('$H$5')).toEqual({ row: 4, col: 7 });
    expect(parseArea("'表 1'!A1:J30")).toEqual({ top: 0, left: 0, bottom: 29, right: 9 });
    expect(areaToA1({ top: 0, left: 0, bottom: 29, right: 9 })).toBe('A1:J30');
    expect(areaToA1({ top: 2, left: 1, bottom: 2, right: 1 })).toBe('B3');
  });

  it('rejects malformed input', () => {
    expect(() => parseA1('A0')).toThrow(RangeError);
    expect(() => parseA1('1A')).toThrow(RangeError);
    expect(() => toA1(-1, 0)).toThrow(RangeError);
  });

  it('quotes sheet names that need it', () => {
    expect(quoteSheetName('Sheet1')).toBe('Sheet1');
    expect(quoteSheetName("项目 It's")).toBe("'项目 It''s'");
  });
});
