/**
 * What the standalone page's host says to the user (file refused, nothing loaded yet, nothing evaluated
 * yet), Chinese first. The host throws these as UserFacingError; the page shows them as they are.
 */
import type { FileProblem, Locale } from '../host/contract';

export interface StandaloneHostMessages {
  /** {{name}} {{detail}} */
  loadFailed: string;
  notXlsx: string;
  fileProblem: Record<FileProblem, string>;
  evaluateFirst: string;
  chooseFileFirst: string;
}

const ZH_CN: StandaloneHostMessages = {
  loadFailed: '无法打开“{{name}}”：{{detail}}',
  notXlsx: '这不是 .xlsx 工作簿。请选择 Excel 2007 及以上版本保存的 .xlsx 文件（.xls、.et 文件请先另存为 .xlsx）。',
  fileProblem: {
    empty: '文件是空的（0 字节）。',
    encrypted: '工作簿设有打开密码。请在 Excel 中取消密码后另存为 .xlsx 再试。',
    legacyXls: '这是 Excel 97–2003 格式（.xls）。请在 Excel 或 WPS 中另存为 .xlsx 后再试。',
    notZip: '这不是 .xlsx 工作簿（文件内容不是 Excel 2007 及以上的格式）。',
    truncated: '文件不完整（可能下载或复制时被截断）。请重新获取该文件。',
    notXlsx: '这是压缩包或其他 Office 文档，不是 .xlsx 工作簿。',
    zipEncrypted: '文件内容被加密，无法读取。',
    tooLarge: '文件解压后过大，不像是绩效自评工作簿，已拒绝读取。',
    corrupt: '文件已损坏，无法作为工作簿读取。请在 Excel 中打开并重新保存后再试。',
  },
  evaluateFirst: '请先点击“评估”，再下载评估结果。',
  chooseFileFirst: '请先选择一个工作簿文件。',
};

const EN_US: StandaloneHostMessages = {
  loadFailed: 'Could not open “{{name}}”: {{detail}}',
  notXlsx: 'This is not an .xlsx workbook. Choose a file saved as .xlsx (save .xls or .et files as .xlsx first).',
  fileProblem: {
    empty: 'The file is empty (0 bytes).',
    encrypted: 'The workbook is password-protected. Remove the password in Excel, save as .xlsx and try again.',
    legacyXls: 'This is an Excel 97–2003 (.xls) file. Save it as .xlsx in Excel or WPS and try again.',
    notZip: 'This is not an .xlsx workbook (the content is not in the Excel 2007+ format).',
    truncated: 'The file is incomplete (probably cut off while downloading or copying). Get the file again.',
    notXlsx: 'This is an archive or another Office document, not an .xlsx workbook.',
    zipEncrypted: 'The file content is encrypted and cannot be read.',
    tooLarge: 'The file expands to an implausible size for a self-evaluation workbook; it was not read.',
    corrupt: 'The file is damaged and cannot be read as a workbook. Open and re-save it in Excel, then try again.',
  },
  evaluateFirst: 'Click Evaluate first, then download the result.',
  chooseFileFirst: 'Choose a workbook file first.',
};

export const STANDALONE_HOST_MESSAGES: Record<Locale, StandaloneHostMessages> = { 'zh-CN': ZH_CN, 'en-US': EN_US };

export function standaloneHostMessages(locale: Locale): StandaloneHostMessages {
  return STANDALONE_HOST_MESSAGES[locale];
}
