/**
 * How engine data becomes text on screen. The apps pass the engine's own renderers (`enginePresenter`);
 * keeping them a prop lets the components stay free of engine internals.
 */
import type { Finding, Narrative } from '../../engine/model';
import { roundHalfUp } from '../../engine/decimal';
import type { Locale } from '../messages';

export interface Presenter {
  findingText(finding: Finding, locale: Locale): string;
  narrativeText(narrative: Narrative): string;
}

/** 0.9408 → "94.08%" (rates are fractions in the model). */
export function formatRate(rate: number | null | undefined): string | null {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return null;
  return `${roundHalfUp(rate * 100, 2).toFixed(2)}%`;
}

/** Scores show up to 2 decimals without trailing zeros noise (98.4, 100, 14.43). */
export function formatScore(score: number | null | undefined): string | null {
  if (score === null || score === undefined || !Number.isFinite(score)) return null;
  return String(roundHalfUp(score, 2));
}
