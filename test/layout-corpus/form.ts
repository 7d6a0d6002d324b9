/**
 * The shape of a layout-corpus form (forms/*.json): one published 自评表 rebuilt cell by cell, with what a careful
 * checker expects of it. Read by the corpus's data test and by the layout reader's test. See README.md.
 */
export type CorpusCell = string | number | null;

export interface CorpusSheet {
  name: string;
  rows: CorpusCell[][];
  merges?: string[];
  numberFormats?: Record<string, string>;
  formulas?: Record<string, string>;
}

export interface CorpusTable {
  sheet: string;
  family: string;
  headerRows: number[];
  roles: Record<string, string>;
  fundRoles?: Record<string, string>;
  indicatorCount: number;
  weightTotal: number | null;
  reportedTotal: number | null;
  computedTotal: number | null;
  grade: string | null;
  scores?: Record<string, number>;
  /**
   * What the form's own cells say about the table, as the reader should take it: the title cell's text (the
   * form's name when the part has no title row), the year
   * it states (null when no cell states one), the text right of 项目名称 and the money unit the headers name.
   */
  labels?: { title: string; year: number | null; projectName: string | null; moneyUnit: string | null };
  notes?: string;
}

export interface CorpusFinding {
  cell: string;
  severity: string;
  what: string;
  sheet?: string;
}

export interface CorpusForm {
  id: string;
  province: string;
  place: string;
  year: number;
  title: string;
  source: { url: string; retrieved: string; note: string };
  sheets: CorpusSheet[];
  invented: string[];
  expected: {
    tables: CorpusTable[];
    findings: CorpusFinding[];
    /** Findings once expected and judged wrong, each with `why`: asserted NOT to be given. */
    notFindings?: Array<CorpusFinding & { why: string }>;
    /** Empty cells the write plan fills with a computed value (A1 → value), on the first table's sheet. */
    fills?: Record<string, number>;
  };
}
