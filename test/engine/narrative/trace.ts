/** Shared by the traceability checks: what a printed number may come from besides cells and table fields. */
import type Big from 'big.js';
import { dec } from '../../../src/engine/decimal';
import type { Finding, Table } from '../../../src/engine/model';

/** A marker's cell reference ("Sheet!K6") is an address, not a figure. */
export function withoutCellRefs(text: string): string {
  return text.replace(/[^，,（(【】]*![A-Z]{1,3}\d+/g, '');
}

/** Amounts the narrative computes from a fund line: what was left unspent (全年预算 − 全年执行). */
export function unspentAmounts(tables: readonly Table[]): Big[] {
  return tables.flatMap((table) =>
    table.fundLines.concat(table.funds ? [table.funds] : []).flatMap((line) => {
      const budget = line.adjusted ?? line.initial;
      return budget === null || line.executed === null ? [] : [dec(budget).minus(dec(line.executed))];
    }),
  );
}

/** The values the checks propose (a rule score of 3.83 where 4 was typed). */
export function findingNumbers(findings: readonly Finding[]): Big[] {
  return findings.flatMap((f) => (typeof f.fix?.value === 'number' ? [dec(f.fix.value)] : []));
}
