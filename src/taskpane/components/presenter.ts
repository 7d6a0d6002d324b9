/**
 * How engine data becomes text on screen. The apps pass the engine's own renderers (`enginePresenter`);
 * keeping them a prop lets the components stay free of engine internals.
 */
import type { Finding, Narrative } from '../../engine/model';
import type { Locale } from '../messages';

export interface Presenter {
  findingText(finding: Finding, locale: Locale): string;
  narrativeText(narrative: Narrative): string;
}
