/**
 * Copy text with the fallbacks a task pane needs: Excel on the web blocks the async clipboard API, and some
 * WebViews refuse execCommand too. The caller shows a selected read-only box when both fail ('manual').
 */
export type CopyOutcome = 'clipboard' | 'execCommand' | 'manual';

export interface CopyEnvironment {
  clipboard?: { writeText(text: string): Promise<void> } | null;
  document: Document;
}

function defaultEnvironment(): CopyEnvironment {
  return { clipboard: typeof navigator !== 'undefined' ? navigator.clipboard : null, document };
}

export async function copyText(
  text: string,
  environment: CopyEnvironment = defaultEnvironment(),
): Promise<CopyOutcome> {
  if (environment.clipboard && typeof environment.clipboard.writeText === 'function') {
    try {
      await environment.clipboard.writeText(text);
      return 'clipboard';
    } catch {
      // Blocked by permissions policy (Excel on the web) or no user activation: try the old way.
    }
  }
  if (copyWithExecCommand(text, environment.document)) return 'execCommand';
  return 'manual';
}

function copyWithExecCommand(text: string, doc: Document): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  const textarea = doc.createElement('textarea');
  textarea.value = text;
  textarea.setAttribute('readonly', '');
  // Off-screen but selectable (display:none cannot be selected).
  textarea.style.position = 'fixed';
  textarea.style.top = '-1000px';
  textarea.style.opacity = '0';
  doc.body.appendChild(textarea);
  const previousFocus = doc.activeElement as HTMLElement | null;
  try {
    textarea.focus();
    textarea.select();
    return doc.execCommand('copy') === true;
  } catch {
    return false;
  } finally {
    textarea.remove();
    previousFocus?.focus?.();
  }
}

/** The async clipboard's rich write, where the browser has it. */
export interface RichClipboard {
  write(items: ClipboardItem[]): Promise<void>;
}

/**
 * Copy HTML and its plain text together (a word processor pastes the headings; a text box pastes the text);
 * without the rich clipboard (Excel on the web, older WebViews) fall back to the plain text.
 */
export async function copyRich(
  html: string,
  text: string,
  environment: CopyEnvironment & { richClipboard?: RichClipboard | null } = {
    ...defaultEnvironment(),
    richClipboard:
      typeof navigator !== 'undefined' && typeof navigator.clipboard?.write === 'function' ? navigator.clipboard : null,
  },
): Promise<CopyOutcome> {
  const Item = (globalThis as { ClipboardItem?: typeof ClipboardItem }).ClipboardItem;
  if (environment.richClipboard && Item) {
    try {
      await environment.richClipboard.write([
        new Item({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return 'clipboard';
    } catch {
      // Blocked (permissions policy, no user activation): plain text the old ways.
    }
  }
  return copyText(text, environment);
}
