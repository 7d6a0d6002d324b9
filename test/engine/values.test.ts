import {
  compareUnits,
  convertUnit,
  displayedDecimals,
  formatDecimals,
  inferDirection,
  isErrorValue,
  isPlaceholder,
  moneyUnitIn,
  normalizeOperator,
  normalizeUnit,
  parseLabelWeight,
  parseNumberText,
  readNumber,
  readRate,
  readValue,
} from '../../src/engine/values';

describe('normalizeOperator', () => {
  it.each([
    ['≥', '≥'],
    ['≧', '≥'],
    ['>=', '≥'],
    ['＞＝', '≥'],
    ['大于等于', '≥'],
    ['不低于', '≥'],
    ['不少于', '≥'],
    ['>', '≥'],
    ['≤', '≤'],
    ['≦', '≤'],
    ['<=', '≤'],
    ['＜＝', '≤'],
    ['小于等于', '≤'],
    ['不高于', '≤'],
    ['不超过', '≤'],
    ['<', '≤'],
    ['=', '='],
    ['＝', '='],
    ['﹦', '='],
    ['等于', '='],
    [' 定性 ', '定性'],
  ])('%s → %s', (text, expected) => {
    expect(normalizeOperator(text)).toBe(expected);
  });

  it.each([[''], ['约'], [null], [5], ['≥5']])('%p is not an operator', (text) => {
    expect(normalizeOperator(text as string)).toBeNull();
  });
});

describe('readValue: fused and bare texts', () => {
  it.each([
    ['≥50个', '≥', 50, '个', null],
    ['≤90万元', '≤', 90, '万元', null],
    ['≥100百分比', '≥', 100, '%', null],
    ['=100%', '=', 100, '%', null],
    ['＝１００％', '=', 100, '%', null],
    ['﹦72890元', '=', 72890, '元', null],
    ['足额保障率=100%', '=', 100, '%', '足额保障率'],
    ['科目调整次数≤10次', '≤', 10, '次', '科目调整次数'],
    ['不低于95%', '≥', 95, '%', null],
    ['100%以上', '≥', 100, '%', null],
    ['10天以内', '≤', 10, '天', null],
    ['100', null, 100, null, null],
    ['43.2', null, 43.2, null, null],
    ['1193项', null, 1193, '项', null],
    ['146,188项', null, 146188, '项', null],
    ['133628条', null, 133628, '条', null],
    ['0次', null, 0, '次', null],
    ['403.18万元', null, 403.18, '万元', null],
    ['-0.49%', null, -0.49, '%', null],
    ['689.7%', null, 689.7, '%', null],
    ['100.00%', null, 100, '%', null],
    ['≥100%', '≥', 100, '%', null],
    ['１，１９３ 项', null, 1193, '项', null],
  ])('%s', (text, operator, number, unit, name) => {
    const reading = readValue(text);
    expect(reading.kind).toBe('number');
    expect(reading.operator).toBe(operator);
    expect(reading.number).toBe(number);
    expect(reading.unit).toBe(unit);
    expect(reading.name).toBe(name);
  });

  it('> and < are read as ≥ and ≤ and flagged strict', () => {
    expect(readValue('>90%')).toMatchObject({ operator: '≥', strict: true, number: 90 });
    expect(readValue('<5天')).toMatchObject({ operator: '≤', strict: true, number: 5, unit: '天' });
    expect(readValue('≥90%').strict).toBe(false);
  });

  it('counts the decimals a text shows', () => {
    expect(readValue('80%').decimals).toBe(0);
    expect(readValue('79.90%').decimals).toBe(2);
    expect(readValue('86.20%').decimals).toBe(2);
  });

  it('keeps a sentence with numbers as qualitative text', () => {
    const reading = readValue('完成全年3次检查任务');
    expect(reading.kind).toBe('text');
    expect(reading.number).toBeNull();
    expect(reading.qualitative).toBe('完成全年3次检查任务');
    expect(readValue('12345政府热线办理事项数量≥500件')).toMatchObject({
      name: '12345政府热线办理事项数量',
      operator: '≥',
      number: 500,
      unit: '件',
    });
  });
});

describe('readValue: cells and split layout', () => {
  it('reads a fraction with a percent format in percent points', () => {
    expect(readValue(0.9408, { numberFormat: '0.00%' })).toMatchObject({ number: 94.08, unit: '%', decimals: 2 });
    expect(readValue(0.8, { numberFormat: '0%' })).toMatchObject({ number: 80, unit: '%', decimals: 0 });
    expect(readValue(0.07, { numberFormat: '0%' }).number).toBe(7); // 0.07 * 100 is 7.000000000000001 in floats
  });

  it('takes operator and unit from their own cells (Yunnan)', () => {
    expect(readValue(72890, { operatorCell: '﹦', unitCell: '元' })).toMatchObject({
      kind: 'number',
      operator: '=',
      number: 72890,
      unit: '元',
    });
    expect(readValue(95, { operatorCell: '≥', unitCell: '％' })).toMatchObject({
      operator: '≥',
      number: 95,
      unit: '%',
    });
    expect(readValue('30', { operatorCell: '≤', unitCell: '万元' })).toMatchObject({ operator: '≤', unit: '万元' });
  });

  it('a 定性 row stays qualitative even with a number in it', () => {
    const reading = readValue('长期有效', { operatorCell: '定性' });
    expect(reading.kind).toBe('text');
    expect(reading.qualitative).toBe('长期有效');
    expect(readValue('100', { operatorCell: '定性' }).kind).toBe('text');
  });

  it('a bare number keeps unit null (the caller compares with the target unit)', () => {
    expect(readValue(50)).toMatchObject({ number: 50, unit: null, operator: null, decimals: 0 });
    expect(readValue(89.974).decimals).toBe(3);
    expect(readValue(3.36, { numberFormat: '0.00' }).decimals).toBe(2);
  });

  it('error values are unreadable, placeholders are placeholders', () => {
    expect(readValue('#DIV/0!').kind).toBe('error');
    expect(readValue('#REF!').kind).toBe('error');
    expect(readValue(null).kind).toBe('empty');
    expect(readValue('  ').kind).toBe('empty');
    for (const text of ['—', '/', '无', '……', '-']) expect(readValue(text).kind).toBe('placeholder');
    expect(readValue(0, { role: 'reason' }).kind).toBe('placeholder');
    expect(readValue(0, { role: 'actual' })).toMatchObject({ kind: 'number', number: 0 });
  });

  it("keeps qualitative actuals as text (their band is vocabulary/qualitative's business)", () => {
    expect(readValue('达成年度指标', { role: 'actual' })).toMatchObject({ kind: 'text', qualitative: '达成年度指标' });
  });
});

describe('placeholders', () => {
  it.each([[''], ['—'], ['——'], ['/'], ['无'], ['……'], [null]])('%p is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });
  it('0 is a placeholder only as a reason; 指标1 only as a name', () => {
    expect(isPlaceholder(0, 'reason')).toBe(true);
    expect(isPlaceholder('0', 'reason')).toBe(true);
    expect(isPlaceholder(0, 'actual')).toBe(false);
    expect(isPlaceholder('指标2', 'name')).toBe(true);
    expect(isPlaceholder('指标2', 'target')).toBe(false);
    expect(isPlaceholder('培训人数', 'name')).toBe(false);
  });
  it('recognises error values', () => {
    expect(isErrorValue('#DIV/0!')).toBe(true);
    expect(isErrorValue('#N/A')).toBe(true);
    expect(isErrorValue('DIV')).toBe(false);
    expect(isErrorValue(0)).toBe(false);
  });
});

describe('units', () => {
  it('normalises', () => {
    expect(normalizeUnit('％')).toBe('%');
    expect(normalizeUnit('百分比')).toBe('%');
    expect(normalizeUnit('（万元）')).toBe('万元');
    expect(normalizeUnit(' 个 ')).toBe('个');
    expect(normalizeUnit('')).toBeNull();
    expect(normalizeUnit('/')).toBeNull();
  });

  it('compares without guessing', () => {
    expect(compareUnits('%', '百分比')).toEqual({ status: 'same', factor: 1 });
    expect(compareUnits('个', '项').status).toBe('mismatch');
    expect(compareUnits('万元', '元')).toEqual({ status: 'convertible', factor: 10000 });
    expect(compareUnits('元', '万元')).toEqual({ status: 'convertible', factor: 0.0001 });
    expect(compareUnits(null, '个').status).toBe('implied');
    expect(compareUnits(null, null).status).toBe('same');
    expect(compareUnits('%', '个').status).toBe('mismatch');
  });

  it('converts 万元 ↔ 元 exactly', () => {
    expect(convertUnit(7.289, '万元', '元')).toBe(72890);
    expect(convertUnit(72890, '元', '万元')).toBe(7.289);
    expect(convertUnit(0.22, '万元', '元')).toBe(2200);
    expect(convertUnit(5, '个', '项')).toBeNull();
    expect(convertUnit(5, null, '项')).toBe(5);
  });

  it('finds the money unit in headers and title rows', () => {
    expect(moneyUnitIn('项目资金(万元)')).toBe('万元');
    expect(moneyUnitIn('项目资金（万元）')).toBe('万元');
    expect(moneyUnitIn('（单位：元）')).toBe('元');
    expect(moneyUnitIn('金额单位：万元')).toBe('万元');
    expect(moneyUnitIn('批复金额（万元）')).toBe('万元');
    expect(moneyUnitIn('项目资金')).toBeNull();
    expect(moneyUnitIn('单位名称')).toBeNull();
  });
});

describe('numbers, rates, decimals', () => {
  it('parses full-width digits and separators', () => {
    expect(parseNumberText('１２３．４５')).toBe(123.45);
    expect(parseNumberText('1,193')).toBe(1193);
    expect(parseNumberText('1，193')).toBe(1193);
    expect(parseNumberText('-0.49')).toBe(-0.49);
    expect(parseNumberText('12a')).toBeNull();
  });

  it('reads money cells and says when text is unreadable', () => {
    expect(readNumber(285.64)).toMatchObject({ value: 285.64, unreadable: false });
    expect(readNumber('３．３６')).toMatchObject({ value: 3.36, unreadable: false });
    expect(readNumber('403.18万元')).toMatchObject({ value: 403.18, unit: '万元' });
    expect(readNumber('—')).toMatchObject({ value: null, unreadable: false });
    expect(readNumber(null)).toMatchObject({ value: null, unreadable: false });
    expect(readNumber('见附表')).toMatchObject({ value: null, unreadable: true });
    expect(readNumber('#VALUE!')).toMatchObject({ value: null, unreadable: true });
  });

  it('reads stated rates as fractions with their displayed decimals', () => {
    expect(readRate('80%')).toMatchObject({ fraction: 0.8, decimals: 0 });
    expect(readRate(0.7994, '0.00%')).toMatchObject({ fraction: 0.7994, decimals: 2 });
    expect(readRate(0.9408, '0.00%')).toMatchObject({ fraction: 0.9408, decimals: 2 });
    expect(readRate('86.20%')).toMatchObject({ fraction: 0.862, decimals: 2 });
    expect(readRate(94.08)).toMatchObject({ fraction: 0.9408, decimals: 2 });
    expect(readRate(0.95)).toMatchObject({ fraction: 0.95, decimals: 0 });
    expect(readRate(0)).toMatchObject({ fraction: 0, decimals: 0 });
    expect(readRate(null)).toMatchObject({ fraction: null, unreadable: false });
    expect(readRate('#DIV/0!')).toMatchObject({ fraction: null, unreadable: true });
    expect(readRate('较好')).toMatchObject({ fraction: null, unreadable: true });
  });

  it('counts displayed decimals from the format or the value', () => {
    expect(formatDecimals('0.00%')).toBe(2);
    expect(formatDecimals('#,##0.0_ ')).toBe(1);
    expect(formatDecimals('0%')).toBe(0);
    expect(formatDecimals('"￥"#,##0.00;[Red]-#,##0.00')).toBe(2);
    expect(formatDecimals('General')).toBeNull();
    expect(formatDecimals(null)).toBeNull();
    expect(displayedDecimals(0.7994, '0.00%')).toBe(2);
    expect(displayedDecimals(86.34, null)).toBe(2);
    expect(displayedDecimals('80%')).toBe(0);
    expect(displayedDecimals('94.08%')).toBe(2);
    expect(displayedDecimals('完成')).toBeNull();
  });

  it('reads weights written in labels', () => {
    expect(parseLabelWeight('产出指标(50分)')).toEqual({ name: '产出指标', weight: 50 });
    expect(parseLabelWeight('产出(50)')).toEqual({ name: '产出', weight: 50 });
    expect(parseLabelWeight('预算执行情况（10分）')).toEqual({ name: '预算执行情况', weight: 10 });
    expect(parseLabelWeight('绩效指标（90分）')).toEqual({ name: '绩效指标', weight: 90 });
    expect(parseLabelWeight('产出指标')).toEqual({ name: '产出指标', weight: null });
  });
});

describe('inferDirection', () => {
  it.each([
    ['投诉处理超期', '≤'],
    ['人均培训成本', '≤'],
    ['安全事故发生次数', '≤'],
    ['审批办理时间', '≤'],
    ['办结天数', '≤'],
    ['在职人员控制率', '≤'],
    ['"三公经费"变动率', '≤'],
    ['投诉处理率', '≥'],
    ['设置综合窗口数', '≥'],
    ['满意度', '≥'],
    ['预算执行率', '≥'],
    ['项目验收合格率', '≥'],
  ])('%s → %s (inferred)', (name, direction) => {
    expect(inferDirection(name)).toEqual({ direction, inferred: true });
  });
});

describe('non-finite numbers (exceljs reads <v>1E+309</v> as Infinity)', () => {
  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [-1.7976931348623157e308]])('%p is never a number', (value) => {
    expect(readValue(value, { numberFormat: '0.00%' }).number).toBeNull();
    expect(readRate(value, '0.00%').fraction === null || Number.isFinite(readRate(value, '0.00%').fraction)).toBe(true);
  });
  it('NaN and Infinity are unreadable money', () => {
    expect(readNumber(Number.NaN)).toMatchObject({ value: null, unreadable: true });
    expect(readNumber(Number.POSITIVE_INFINITY)).toMatchObject({ value: null, unreadable: true });
    expect(readValue(Number.NEGATIVE_INFINITY).kind).toBe('error');
  });
});
