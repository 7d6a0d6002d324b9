/**
 * What the apps give the components beyond the host's views: the profiles to choose from and the Word export.
 * The text the pane shows (finding messages, the report's text, HTML and markers) comes with each view
 * (HostView.text), rendered where the engine runs, so the components need no engine.
 */
import type { Narrative } from '../../engine/model';

export interface Presenter {
  /** The profiles a user can choose, default first. */
  profiles: readonly string[];
  /** Loads the Word export lazily; absent: no 下载 Word button. */
  loadWordExport?(): Promise<(narrative: Narrative) => Promise<Uint8Array>>;
}
