/**
 * Rule profiles: the scoring choices SPEC §4 leaves open, gathered in one named, plain-data object.
 * `national` (财预〔2020〕10号 + common practice) is the default.
 */
import type { Grade } from './model';

export interface RuleProfile {
  name: string;
  /** ≤ indicators missed: 'ratio' → A/B × w; 'deviation' → (1 − (B−A)/A) × w, 0 at B ≥ 2A. */
  reverseScoring: 'ratio' | 'deviation';
  /** B ≥ overshootRatio × A needs an explanation in 偏差原因. */
  overshootRatio: number;
  /** Lower bounds, highest first: total ≥ min → grade. */
  gradeBands: ReadonlyArray<{ grade: Grade; min: number }>;
  /** Money sums: 合计 vs Σ parts tolerated per part (in the table's unit). */
  sumTolerancePerPart: number;
  /** Score comparisons (reported vs computed) tolerated below this. */
  scoreTolerance: number;
  /** 执行率 below this needs an explanation. */
  lowExecutionRate: number;
}

export const NATIONAL_PROFILE: RuleProfile = {
  name: 'national',
  reverseScoring: 'ratio',
  overshootRatio: 1.3,
  gradeBands: [
    { grade: '优', min: 90 },
    { grade: '良', min: 80 },
    { grade: '中', min: 60 },
    { grade: '差', min: 0 },
  ],
  sumTolerancePerPart: 0.01,
  scoreTolerance: 0.005,
  lowExecutionRate: 0.9,
};

export const PROFILES: Readonly<Record<string, RuleProfile>> = {
  national: NATIONAL_PROFILE,
};

export function getProfile(name: string | undefined): RuleProfile {
  const profile = PROFILES[name ?? 'national'];
  if (!profile) {
    throw new Error(`未知的评分规则 profile「${name}」；可选：${Object.keys(PROFILES).join('、')}`);
  }
  return profile;
}
