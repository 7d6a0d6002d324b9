/**
 * How engine data becomes text on screen, and the exports the report offers. The apps pass the engine's own
 * renderers (`enginePresenter`); keeping them a prop lets the components stay free of engine internals.
 */
import type { Finding, Narrative } from '../../engine/model';
import type { NarrativeMarker } from '../../engine/narrative/markers';
import type { Locale } from '../messages';

export interface Presenter {
  findingText(finding: Finding, locale: Locale): string;
  narrativeText(narrative: Narrative): string;
  markers(narrative: Narrative): NarrativeMarker[];
  /** The profiles a user can choose, default first. */
  profiles: readonly string[];
  /** The report as HTML for the clipboard; absent: the panel copies the HTML it shows. */
  narrativeHtml?(narrative: Narrative): string;
  /** Loads the Word export lazily; absent: no 下载 Word button. */
  loadWordExport?(): Promise<(narrative: Narrative) => Promise<Uint8Array>>;
}
