import { computeDerivedRates, deriveRates } from '../../src/engine/derived';
import { dec, roundHalfUp } from '../../src/engine/decimal';
import { PROFILE_NAMES } from '../../src/engine/profile-names';
import { BANDS_80_PROFILE, getProfile, NATIONAL_DEVIATION_PROFILE, PROFILES } from '../../src/engine/profiles';
import { gradeFor, scoreIndicator } from '../../src/engine/scoring';
import { at, makeFundLine, makeIndicator, makeTable } from './rules/tester';

const pct = (value: number) => roundHalfUp(dec(value).times(100), 2);

const department = () =>
  makeTable({
    kind: 'department',
    sheet: '目标完成情况表',
    unitName: '屏边县政务服务管理局',
    staff: { authorized: 22, actual: 23, cells: {} },
    funds: makeFundLine('合计', [285.64, 428.56, 403.18]),
    fundLines: [makeFundLine('上年结转', [0.88, 0.88, null], { row: 5, group: 'source' })],
  });

describe('derived 53号 rates (SPEC §5)', () => {
  it('computes what the inputs give', () => {
    const rates = Object.fromEntries(computeDerivedRates(department()).map((rate) => [rate.name, pct(rate.value)]));
    expect(rates).toEqual({
      在职人员控制率: 104.55, // 23 / 22
      预算完成率: 94.08, // 403.18 / 428.56
      结转结余率: 5.92, // 25.38 / 428.56
      结转结余变动率: 2784.09, // (25.38 − 0.88) / 0.88
      预算调整率: 50.04, // (428.56 − 285.64) / 285.64
    });
  });

  it('computes nothing without inputs', () => {
    expect(computeDerivedRates(makeTable({ kind: 'department' }))).toEqual([]);
  });

  it('places a rate stated on a score grid of the same unit there, with the stated value and text', () => {
    const grid = makeTable({
      kind: 'departmentScore',
      sheet: '单位自评表',
      unitName: '屏边县政务服务管理局',
      indicators: [
        makeIndicator({
          name: '在职人员控制率',
          actual: 104.55,
          actualText: '104.55%',
          actualUnit: '%',
          cells: { actual: at('I6') },
        }),
        makeIndicator({
          row: 11,
          name: '结转结余变动率',
          actual: '≥100%',
          actualText: '≥100%',
          cells: { actual: at('I13') },
        }),
      ],
    });
    const otherUnit = { ...grid, unitName: '别的单位', sheet: '别的单位' };
    const [source, placed, notPlaced] = deriveRates([department(), grid, otherUnit]);
    expect(source.derivedRates.map((rate) => rate.name).sort()).toEqual(
      ['在职人员控制率', '结转结余变动率', '结转结余率', '预算完成率', '预算调整率'].sort(),
    );
    expect(placed.derivedRates.map((rate) => [rate.name, rate.statedAt, rate.stated, rate.statedText])).toEqual([
      ['在职人员控制率', at('I6'), 1.0455, '104.55%'],
      ['结转结余变动率', at('I13'), '≥100%', '≥100%'],
    ]);
    expect(notPlaced.derivedRates).toEqual([]);
  });
});

describe('profiles', () => {
  it('are named plain data, selectable by name', () => {
    expect(Object.keys(PROFILES)).toEqual(['national', 'national-deviation', 'bands-80']);
    // The picker's list (without the profiles) names the same profiles, in the same order, each by its own name.
    expect([...PROFILE_NAMES]).toEqual(Object.keys(PROFILES));
    expect(PROFILE_NAMES.map((name) => PROFILES[name].name)).toEqual([...PROFILE_NAMES]);
    expect(getProfile('bands-80')).toBe(BANDS_80_PROFILE);
    expect(gradeFor(85, BANDS_80_PROFILE)).toBe('优');
    expect(gradeFor(75, BANDS_80_PROFILE)).toBe('良');
    const over = makeIndicator({ direction: '≤', target: 90, actual: 100, weight: 10 });
    expect(scoreIndicator(over, getProfile('national')).score).toBe(9);
    expect(scoreIndicator(over, NATIONAL_DEVIATION_PROFILE).score).toBe(8.89);
  });
});
