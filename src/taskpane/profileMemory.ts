/**
 * The rule profile chosen for a workbook, remembered in this browser's storage under the workbook's key
 * (Excel: the document URL; the page: the file name). Storage may be unavailable: then nothing is kept.
 */
const PREFIX = 'jixiao.profile:';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/** The profile remembered for this workbook when it is still offered, else the first (the default). */
export function rememberedProfile(workbookKey: string | null, profiles: readonly string[]): string {
  const fallback = profiles[0] ?? 'national';
  if (!workbookKey) return fallback;
  try {
    const saved = storage()?.getItem(PREFIX + workbookKey);
    return saved && profiles.includes(saved) ? saved : fallback;
  } catch {
    return fallback;
  }
}

export function rememberProfile(workbookKey: string | null, profile: string): void {
  if (!workbookKey) return;
  try {
    storage()?.setItem(PREFIX + workbookKey, profile);
  } catch {
    // Storage full or blocked: the choice lasts for this session only.
  }
}
