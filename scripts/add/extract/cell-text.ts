/** How a table's cell goes on over the lines a copy broke it into. */
import { endsAsName } from '../../ingest/name-lists.ts';
import { isDepartmentHeader } from './table.ts';

/**
 * A cell and its wrapped next line as one: joined as they stand (`2024年12月` `底前`, `县自然资源和规`
 * `划局`), except in a column of bodies, where a line that starts after a whole name is the next
 * name (`县发改局` `县市场监管局` → `县发改局、县市场监管局`), unless it is a branch of the one before.
 */
export function joinWrapped(header: string, before: string, after: string): string {
  if (!before || !after) return before || after;
  // A branch goes on its company's or bank's name (`中国邮政集团有限公司` `江西省分公司`).
  const branch = /(?:公司|银行)$/u.test(before) && /^[^、，,；;]{2,10}(?:分公司|分行|支行)$/u.test(after);
  // `社会`, `委员`, `资源社` end no body's name, though they end as one would (`省人力资源社会` `保障厅`,
  // `省人力资源社` `会保障厅`); nor does a list's `、`, and a bracket after a name is its other name
  // (`省发展改革委` `（省能源局）`).
  const cut = /(?:社会|委员|资源社|[、，,])$/u.test(before) || /^[(（]/u.test(after);
  // A name with its role marked after it (`县住房城乡建设局（牵头）`) is whole.
  const named = endsAsName(before.replace(/[(（][^()（）]*[)）]$/u, ''));
  if (isDepartmentHeader(header) && named && [...after].length >= 3 && !branch && !cut) return `${before}、${after}`;
  return /[A-Za-z0-9]$/u.test(before) && /^[A-Za-z0-9]/u.test(after) ? `${before} ${after}` : before + after;
}
