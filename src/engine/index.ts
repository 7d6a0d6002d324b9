/**
 * Public surface of the pure engine. Hosts import from here only.
 * (Entry points are filled in by the engine modules; see evaluate.ts.)
 */
export * from './model';
export * from './snapshot';
export { getProfile, PROFILES, NATIONAL_PROFILE } from './profiles';
export type { RuleProfile } from './profiles';
