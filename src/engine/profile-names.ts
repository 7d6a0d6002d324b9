/**
 * The rule profiles' names, default first: plain data a profile picker needs without the profiles themselves
 * (src/engine/profiles keys its PROFILES by these, so the two cannot drift apart).
 */
export const PROFILE_NAMES = ['national', 'national-deviation', 'bands-80'] as const;

export type ProfileName = (typeof PROFILE_NAMES)[number];
