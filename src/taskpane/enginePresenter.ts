/** The UI's Presenter: the engine's profile names, and the Word export as its own chunk when asked for. */
import { PROFILES } from '../engine/profiles';
import type { Presenter } from './components/presenter';

export const enginePresenter: Presenter = {
  profiles: Object.keys(PROFILES),
  loadWordExport: async () => (await import(/* webpackChunkName: "docx" */ '../docx')).narrativeToDocx,
};
