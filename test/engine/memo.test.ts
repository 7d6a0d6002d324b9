import { lastByText, memoByText } from '../../src/engine/memo';

describe('memoByText', () => {
  it('computes a text once while there is room, and keeps the early texts when full', () => {
    const calls: string[] = [];
    const length = memoByText((text) => {
      calls.push(text);
      return text.length;
    }, 2);
    expect([length('≥'), length('%'), length('≥'), length('%')]).toEqual([1, 1, 1, 1]);
    expect(calls).toEqual(['≥', '%']);
    // Full: a new text is computed each time, the early ones stay remembered.
    expect([length('指标1'), length('指标1'), length('≥')]).toEqual([3, 3, 1]);
    expect(calls).toEqual(['≥', '%', '指标1', '指标1']);
  });

  it('remembers falsy results too', () => {
    let calls = 0;
    const empty = memoByText(() => {
      calls++;
      return null;
    });
    expect([empty('x'), empty('x')]).toEqual([null, null]);
    expect(calls).toBe(1);
    const none = memoByText((): undefined => {
      calls++;
      return undefined;
    });
    expect([none('x'), none('x')]).toEqual([undefined, undefined]);
    expect(calls).toBe(2);
  });
});

describe('lastByText', () => {
  it('answers the text asked last without computing again, and any other text by computing it', () => {
    const calls: string[] = [];
    const length = lastByText((text) => {
      calls.push(text);
      return text.length;
    });
    expect([length('≥'), length('≥'), length('产出指标'), length('≥'), length('≥')]).toEqual([1, 1, 4, 1, 1]);
    expect(calls).toEqual(['≥', '产出指标', '≥']);
  });
});
