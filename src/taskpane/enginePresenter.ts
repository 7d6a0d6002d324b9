/** The engine's renderers as the UI's Presenter; the Word export loads as its own chunk when asked for. */
import { renderFinding } from '../engine/render';
import { narrativeText } from '../engine/narrative';
import { narrativeToHtml } from '../engine/narrative/html';
import { markersOf } from '../engine/narrative/markers';
import { PROFILES } from '../engine/profiles';
import type { Presenter } from './components/presenter';

export const enginePresenter: Presenter = {
  findingText: (finding, locale) => renderFinding(finding, locale),
  narrativeText: (narrative) => narrativeText(narrative),
  markers: (narrative) => markersOf(narrative.paragraphs),
  profiles: Object.keys(PROFILES),
  narrativeHtml: narrativeToHtml,
  loadWordExport: async () => (await import(/* webpackChunkName: "docx" */ '../docx')).narrativeToDocx,
};
