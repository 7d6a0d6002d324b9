/**
 * Table families, decided by which roles a table's header band names (never by its title): the first family
 * whose `matches` holds, in this order — the more particular layouts first, the department form last.
 * Adding a family is one module here plus its corpus workbooks.
 */
import { departmentFamily } from './department';
import { departmentScoreFamily } from './department-score';
import { flatListFamily } from './flat-list';
import { projectFamily } from './project';
import { scoreOnlyFamily } from './score-only';
import type { FamilyModule, FamilySignals } from './types';

export type { FamilyModule, FamilySignals } from './types';

export const FAMILIES: readonly FamilyModule[] = [
  scoreOnlyFamily,
  departmentScoreFamily,
  flatListFamily,
  projectFamily,
  departmentFamily,
];

export function decideFamily(signals: FamilySignals): FamilyModule {
  return FAMILIES.find((family) => family.matches(signals)) ?? departmentFamily;
}
