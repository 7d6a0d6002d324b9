/** The UI's Presenter: the profile names, and the Word export as its own chunk when asked for. */
import { PROFILE_NAMES } from '../engine/profile-names';
import type { Presenter } from './components/presenter';

export const enginePresenter: Presenter = {
  profiles: PROFILE_NAMES,
  loadWordExport: async () => (await import(/* webpackChunkName: "docx" */ '../docx')).narrativeToDocx,
};
