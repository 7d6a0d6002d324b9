import {
  hasReason,
  isOddReasonPlaceholder,
  isPlaceholder,
  isPlaceholderName,
  type PlaceholderRole,
} from '../../../src/engine/vocabulary/placeholders';

describe('placeholders', () => {
  it.each<[string | number | null, PlaceholderRole, boolean]>([
    [null, 'target', true],
    ['', 'target', true],
    ['—', 'target', true],
    ['——', 'target', true],
    ['-', 'target', true],
    ['－', 'target', true],
    ['/', 'target', true],
    ['／', 'target', true],
    ['\\', 'target', true],
    ['无', 'target', true],
    ['暂无', 'target', true],
    ['……', 'target', true],
    ['...', 'target', true],
    ['。', 'target', true],
    ['N/A', 'target', true],
    ['n/a', 'target', true],
    ['NA', 'target', true],
    ['100%', 'target', false],
    ['无安全事故', 'target', false],
    [0, 'target', false],
    [0, 'reason', true],
    ['0', 'reason', true],
    ['0', 'target', false],
    ['无偏差', 'reason', true],
    ['无偏差', 'target', false],
    ['指标1', 'name', true],
    ['指标１', 'name', true],
    ['指标三', 'name', true],
    ['指标1', 'target', false],
    ['培训人数', 'name', false],
  ])('%p as %s → %p', (value, role, expected) => {
    expect(isPlaceholder(value, role)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['指标1', true],
    ['指标１', true],
    [' 指标十二 ', true],
    ['', true],
    ['——', true],
    ['培训人数', false],
    ['指标完成率', false],
  ])('isPlaceholderName(%p) → %p, asked twice (remembered), as isPlaceholder in the name role', (name, expected) => {
    expect(isPlaceholderName(name)).toBe(expected);
    expect(isPlaceholderName(name)).toBe(expected);
    expect(isPlaceholder(name, 'name')).toBe(expected);
  });

  it.each<[string | undefined, boolean]>([
    [undefined, false],
    ['', false],
    ['/', false],
    ['0', false],
    ['无', false],
    ['资金拨付滞后', true],
  ])('hasReason(%p) → %p', (reason, expected) => {
    expect(hasReason(reason)).toBe(expected);
  });
});

describe('odd reason placeholders', () => {
  it.each<[string, boolean]>([
    ['0', true],
    ['0.00', true],
    ['……', true],
    ['。。。', true],
    ['指标1', true],
    ['无', false],
    ['/', false],
    ['—', false],
    ['无偏差', false],
    ['', false],
    ['资金拨付滞后', false],
  ])('%p → %p', (text, expected) => {
    expect(isOddReasonPlaceholder(text)).toBe(expected);
  });
});
