/**
 * The one error the package reader and writer throw for a file they cannot take: `problem` keys the hosts'
 * message tables (CLI, page); `zh` / `en` are a plain bilingual sentence for callers without a table
 * (the page's worker).
 */
import type { InspectProblem } from './inspect';

export type PackageProblem = InspectProblem | 'sizeMismatch' | 'corrupt';

const TEXT: Record<PackageProblem, { zh: string; en: string }> = {
  empty: { zh: '文件是空的（0 字节）', en: 'the file is empty (0 bytes)' },
  encrypted: { zh: '工作簿设有打开密码', en: 'the workbook is password-protected' },
  legacyXls: {
    zh: '这是 Excel 97-2003（.xls）文件，请另存为 .xlsx',
    en: 'an Excel 97-2003 (.xls) file; save it as .xlsx',
  },
  notZip: { zh: '不是 Excel 工作簿（.xlsx）文件', en: 'not an Excel workbook (.xlsx)' },
  truncated: { zh: '文件不完整或已损坏', en: 'the file is incomplete or damaged' },
  notXlsx: { zh: '是压缩包，但不是 Excel 工作簿', en: 'a zip archive but not an Excel workbook' },
  zipEncrypted: { zh: '压缩包内的文件已加密', en: 'entries of the zip are encrypted' },
  tooLarge: { zh: '解压后体积超出上限，疑似压缩炸弹', en: 'uncompressed size exceeds the limit (a likely zip bomb)' },
  sizeMismatch: { zh: '压缩包内文件解压后大于其声明的大小', en: 'an entry inflates beyond its declared size' },
  corrupt: { zh: '工作簿已损坏，无法解析', en: 'the workbook is damaged and cannot be parsed' },
};

export class PackageError extends Error {
  readonly zh: string;
  readonly en: string;
  constructor(
    readonly problem: PackageProblem,
    readonly detail: Record<string, string | number> = {},
    readonly causeError?: unknown,
  ) {
    const text = TEXT[problem];
    super(`${text.en}${detail.reason ? ` (${detail.reason})` : ''}`);
    this.name = 'PackageError';
    this.zh = text.zh;
    this.en = text.en;
  }
}

/** A part that is not well-formed or lacks what a workbook must have: the file is damaged. */
export function corrupt(reason: string, cause?: unknown): PackageError {
  return new PackageError('corrupt', { reason }, cause);
}
