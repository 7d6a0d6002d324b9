/** The engine's renderers as the UI's Presenter. */
import { renderFinding } from '../engine/render';
import { narrativeText } from '../engine/narrative';
import { markersOf } from '../engine/narrative/markers';
import { PROFILES } from '../engine/profiles';
import type { Presenter } from './components/presenter';

export const enginePresenter: Presenter = {
  findingText: (finding, locale) => renderFinding(finding, locale),
  narrativeText: (narrative) => narrativeText(narrative),
  markers: (narrative) => markersOf(narrative.paragraphs),
  profiles: Object.keys(PROFILES),
};
