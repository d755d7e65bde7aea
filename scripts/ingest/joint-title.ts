/**
 * A portal's short title for a document several bodies issue: its first issuer and their count, then
 * what it is about (`岚州省市场监管局等八部门关于开展…的通知`). The document's own title names every issuer
 * (`岚州省市场监督管理局 岚州省发展和改革委员会 …关于开展…的通知`) and is the one to keep.
 */
const SHORT_JOINT = /^\S+?等[一二三四五六七八九十两\d]+(?:个)?(?:部门|单位)(关于.+)$/u;

/** True when `full` (folded) is the document's own title of which `short` (folded) is the page's short form. */
export function isFullJointTitle(short: string, full: string): boolean {
  const about = SHORT_JOINT.exec(short.replace(/\s/gu, ''))?.[1];
  const own = full.replace(/\s/gu, '');
  return about !== undefined && own.endsWith(about) && own.length > short.replace(/\s/gu, '').length;
}
