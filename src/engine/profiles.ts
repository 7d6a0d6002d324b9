/**
 * Rule profiles: the scoring choices SPEC §4 leaves open, gathered in one named, plain-data object.
 * `national` (财预〔2020〕10号 + common practice) is the default.
 */
import type { Grade } from './model';
import type { ProfileName } from './profile-names';
import { NATIONAL_QUALITATIVE_VOCABULARY, type QualitativeVocabulary } from './vocabulary/qualitative';

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
  /**
   * Lower bounds of the 定性 bands as fractions of the weight: 'achieved' is [achieved·w, w], 'partial'
   * [partial·w, achieved·w), 'failed' [0, partial·w).
   */
  bandFractions: { achieved: number; partial: number };
  /** The 定性 wording → band vocabulary (vocabulary/qualitative). */
  qualitativeVocabulary: QualitativeVocabulary;
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
  bandFractions: { achieved: 0.8, partial: 0.6 },
  qualitativeVocabulary: NATIONAL_QUALITATIVE_VOCABULARY,
};

/** National rules with the deviation variant for missed ≤ targets: (1 − (B−A)/A) × w, 0 at B ≥ 2A. */
export const NATIONAL_DEVIATION_PROFILE: RuleProfile = {
  ...NATIONAL_PROFILE,
  name: 'national-deviation',
  reverseScoring: 'deviation',
};

/** National rules graded 优 ≥ 80, 良 ≥ 70, 中 ≥ 60 (the bands some provincial systems use). */
export const BANDS_80_PROFILE: RuleProfile = {
  ...NATIONAL_PROFILE,
  name: 'bands-80',
  gradeBands: [
    { grade: '优', min: 80 },
    { grade: '良', min: 70 },
    { grade: '中', min: 60 },
    { grade: '差', min: 0 },
  ],
};

export const PROFILES: Readonly<Record<ProfileName, RuleProfile>> = {
  national: NATIONAL_PROFILE,
  'national-deviation': NATIONAL_DEVIATION_PROFILE,
  'bands-80': BANDS_80_PROFILE,
};

/** The profile of that name (default national); null when there is none (the caller says so its own way). */
export function findProfile(name: string | undefined): RuleProfile | null {
  const key = name ?? 'national';
  return Object.prototype.hasOwnProperty.call(PROFILES, key) ? PROFILES[key as ProfileName] : null;
}

export function getProfile(name: string | undefined): RuleProfile {
  const profile = findProfile(name);
  if (!profile) {
    throw new Error(`未知的评分规则 profile「${name}」；可选：${Object.keys(PROFILES).join('、')}`);
  }
  return profile;
}
