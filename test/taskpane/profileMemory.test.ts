/** @jest-environment jsdom */
/** The profile remembered per workbook: by the workbook's key, only while the profile is still offered. */
import { rememberProfile, rememberedProfile } from '../../src/taskpane/profileMemory';

const PROFILES = ['national', 'national-deviation', 'bands-80'];

describe('profile memory', () => {
  beforeEach(() => localStorage.clear());

  it('remembers a profile per workbook', () => {
    rememberProfile('excel:https://a/1.xlsx', 'bands-80');
    rememberProfile('excel:https://a/2.xlsx', 'national-deviation');
    expect(rememberedProfile('excel:https://a/1.xlsx', PROFILES)).toBe('bands-80');
    expect(rememberedProfile('excel:https://a/2.xlsx', PROFILES)).toBe('national-deviation');
    expect(rememberedProfile('excel:https://a/3.xlsx', PROFILES)).toBe('national');
  });

  it.each([
    ['no key (an unsaved workbook)', null, 'bands-80', 'national'],
    ['a profile no longer offered', 'file:x.xlsx', 'gone', 'national'],
  ])('falls back to the default for %s', (_, key, saved, expected) => {
    if (key) localStorage.setItem(`jixiao.profile:${key}`, saved);
    rememberProfile(null, saved);
    expect(rememberedProfile(key, PROFILES)).toBe(expected);
  });
});
