/** The engine's renderers as the UI's Presenter. */
import { renderFinding } from '../engine/render';
import { narrativeText } from '../engine/narrative';
import type { Presenter } from './components/presenter';

export const enginePresenter: Presenter = {
  findingText: (finding, locale) => renderFinding(finding, locale),
  narrativeText: (narrative) => narrativeText(narrative),
};
