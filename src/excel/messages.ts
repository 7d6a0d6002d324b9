/**
 * What the Excel host tells the user when Excel refuses something. Chinese first, English second; `{{name}}`
 * placeholders are filled by `excelMessage`. Every message says what happened, what to do, and what state
 * the workbook is in (unchanged / restored / possibly partly changed).
 */
import type { Locale } from '../engine/render';
import { fillTemplate } from '../engine/template';

/** The engine's locales. */
export type ExcelLocale = Locale;

export type ExcelMessageId =
  | 'sheetProtected'
  | 'workbookProtected'
  | 'sheetMissing'
  | 'sheetMissingUnknown'
  | 'accessDenied'
  | 'payloadTooLargeRead'
  | 'payloadTooLargeWrite'
  | 'rowTooLarge'
  | 'excelError'
  | 'goToMissing'
  | 'goToHidden'
  | 'nothingToUndo'
  | 'evaluateFirst';

/** How the workbook was left, appended to the message of a failed write. */
export type WorkbookState = 'unchanged' | 'restored' | 'notRestored' | 'undoIncomplete';

type Table = Record<ExcelMessageId | `state.${WorkbookState}`, string>;

const ZH_CN: Table = {
  sheetProtected: '工作表「{{sheet}}」受保护，无法写入。请先在“审阅 → 撤销工作表保护”中取消保护，再重新运行。',
  workbookProtected:
    '工作簿结构受保护，无法添加或替换工作表「{{sheets}}」。请先在“审阅 → 保护工作簿”中取消保护，再重新运行。',
  sheetMissing: '工作表「{{sheet}}」在运行过程中被删除或重命名了。请确认工作表后重新评估。',
  sheetMissingUnknown: '有工作表在运行过程中被删除或重命名了。请确认工作表后重新评估。',
  accessDenied: 'Excel 拒绝写入（工作表或工作簿可能受保护，或正处于编辑状态）。请取消保护、退出单元格编辑后重试。',
  payloadTooLargeRead:
    '工作簿的数据量超过了 Excel 单次请求的上限（Excel 网页版为 5 MB），无法读取。请删除不需要的工作表，或改用桌面版 Excel 或命令行工具 jixiao。',
  payloadTooLargeWrite: '要写入的内容超过了 Excel 单次请求的上限（Excel 网页版为 5 MB）。',
  rowTooLarge: '工作表「{{sheet}}」第 {{row}} 行的内容超过了 Excel 单次请求的上限，无法写入。',
  excelError: 'Excel 报告了错误：{{detail}}',
  goToMissing: '找不到工作表「{{sheet}}」（可能已被删除或重命名）。请重新评估。',
  goToHidden:
    '单元格 {{cell}} 位于隐藏的工作表「{{sheet}}」中，无法选中。如需查看，请右键单击任一工作表标签，选择“取消隐藏”，再重新定位。',
  nothingToUndo: '没有可以撤销的评估结果。',
  evaluateFirst: '请先点击“评估”，再修正。',
  'state.unchanged': '工作簿未作任何修改。',
  'state.restored': '已写入的内容均已恢复，工作簿保持原样。',
  'state.notRestored': '部分内容已写入且未能全部恢复（{{detail}}），请检查工作簿，必要时关闭而不保存。',
  'state.undoIncomplete': '撤销未能全部完成，可以再次点击撤销重试。',
};

const EN_US: Table = {
  sheetProtected:
    'Sheet “{{sheet}}” is protected, so nothing could be written. Unprotect it (Review → Unprotect Sheet) and run again.',
  workbookProtected:
    'The workbook structure is protected, so the sheet(s) “{{sheets}}” cannot be added or replaced. Unprotect the workbook (Review → Protect Workbook) and run again.',
  sheetMissing:
    'Sheet “{{sheet}}” was deleted or renamed while the add-in was working. Check the sheets and evaluate again.',
  sheetMissingUnknown:
    'A sheet was deleted or renamed while the add-in was working. Check the sheets and evaluate again.',
  accessDenied:
    'Excel refused the change (a sheet or the workbook may be protected, or a cell is being edited). Unprotect it, leave cell editing and try again.',
  payloadTooLargeRead:
    'The workbook holds more data than Excel accepts in one request (5 MB in Excel on the web), so it could not be read. Remove sheets you do not need, or use desktop Excel or the jixiao command-line tool.',
  payloadTooLargeWrite: 'What had to be written exceeds what Excel accepts in one request (5 MB in Excel on the web).',
  rowTooLarge:
    'Row {{row}} of sheet “{{sheet}}” is larger than what Excel accepts in one request and cannot be written.',
  excelError: 'Excel reported an error: {{detail}}',
  goToMissing: 'Sheet “{{sheet}}” no longer exists (it may have been deleted or renamed). Evaluate again.',
  goToHidden:
    'Cell {{cell}} is on the hidden sheet “{{sheet}}”, so it cannot be selected. To see it, right-click any sheet tab, choose Unhide, then go to it again.',
  nothingToUndo: 'There is no evaluation to undo.',
  evaluateFirst: 'Click Evaluate first, then fix.',
  'state.unchanged': 'The workbook was not changed.',
  'state.restored': 'Everything written was restored; the workbook is as it was.',
  'state.notRestored':
    'Part of it was written and could not all be restored ({{detail}}); check the workbook and, if needed, close it without saving.',
  'state.undoIncomplete': 'Undo did not complete; you can click Undo again to retry.',
};

const TABLES: Record<ExcelLocale, Table> = { 'zh-CN': ZH_CN, 'en-US': EN_US };

export function excelMessage(id: keyof Table, locale: ExcelLocale, data: Record<string, string | number> = {}): string {
  return fillTemplate(TABLES[locale][id], data);
}

export function excelLocale(language: string | null | undefined): ExcelLocale {
  return language && /^en\b/i.test(language) ? 'en-US' : 'zh-CN';
}

/** A refusal from Excel, turned into a sentence for the user (in `message`, in the host's locale). */
export class ExcelHostError extends Error {
  constructor(
    message: string,
    readonly reason: ExcelMessageId,
    /** Excel's own error code (AccessDenied, ItemNotFound, …) when Excel raised it. */
    readonly excelCode: string | null,
    readonly workbookState: WorkbookState,
  ) {
    super(message);
    this.name = 'ExcelHostError';
  }
}

export function hostError(
  reason: ExcelMessageId,
  locale: ExcelLocale,
  data: Record<string, string | number>,
  workbookState: WorkbookState,
  excelCode: string | null = null,
  restoreDetail = '',
): ExcelHostError {
  const state = excelMessage(`state.${workbookState}`, locale, { detail: restoreDetail });
  const message =
    // Navigation and undo-with-nothing never change the workbook: no state sentence.
    reason === 'nothingToUndo' || reason === 'evaluateFirst' || reason === 'goToMissing' || reason === 'goToHidden'
      ? excelMessage(reason, locale, data)
      : `${excelMessage(reason, locale, data)}${locale === 'zh-CN' ? '' : ' '}${state}`;
  return new ExcelHostError(message, reason, excelCode, workbookState);
}
