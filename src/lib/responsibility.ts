/**
 * One department named by a unit (src/model Responsibility), as pages show it: resolved to a registry
 * department or kept as written (unresolved), and the part the text gives it (牵头, 负责, 配合).
 */
import type { Responsibility } from '../model/index.ts';
import { ui } from '../ui-strings.ts';

/** What a department does in a unit, as the site labels it. */
export type Role = Responsibility['role'];

/** A responsibility the registry knows: it has a canonical id and name, and a page. */
export type ResolvedResponsibility = Responsibility & { id: string; name: string };

export const isResolved = (entry: Responsibility): entry is ResolvedResponsibility =>
  entry.id !== undefined && entry.name !== undefined;

/**
 * The role shown: `lead` for the department the text makes lead (labelled 牵头, or listed first),
 * else the role the text gives it. `lead` is what the site has always marked, so a first-listed
 * department stays the lead however the role was read.
 */
export const roleOf = (entry: Pick<Responsibility, 'lead' | 'role'>): Role =>
  entry.lead || entry.role === 'lead' ? 'lead' : entry.role;

/**
 * The class a department's name or chip carries for its role (site.css styles 牵头 and 配合): none for
 * `responsible`, untagged and unstyled, the role of most names, which a document page has hundreds of.
 */
export const roleClass = (role: Role): Role | undefined => (role === 'responsible' ? undefined : role);

/** Roles, strongest first. */
export const ROLES: readonly Role[] = ['lead', 'responsible', 'cooperating'];

/** The strongest of some roles (a department named twice in one unit takes the stronger). */
export function strongestRole(roles: Iterable<Role>): Role | undefined {
  const present = new Set(roles);
  return ROLES.find((role) => present.has(role));
}

/** The canonical name when resolved, else the name as written. */
export const displayName = (entry: Responsibility): string => entry.name ?? entry.raw;

/** Units counted by role. */
export interface RoleCounts {
  total: number;
  lead: number;
  responsible: number;
  cooperating: number;
}

export function countRoles(items: ReadonlyArray<{ role: Role }>): RoleCounts {
  const counts: RoleCounts = { total: items.length, lead: 0, responsible: 0, cooperating: 0 };
  for (const item of items) counts[item.role] += 1;
  return counts;
}

/**
 * A tag after a department's name: its role (牵头, 配合; 负责 goes untagged), 未收录, 推定 (implied),
 * or 企业或组织 (a company or association, no department).
 */
export interface DepartmentTag {
  kind: 'lead' | 'cooperating' | 'unresolved' | 'implied' | 'organisation';
  label: string;
}

/** How a department named by a unit is shown (chips, links in the text): one decision for both. */
export interface DepartmentView {
  /** The name as written. */
  text: string;
  role: Role;
  /** Site-relative path of its department page; absent for a name the registry does not know. */
  path?: string;
  tags: DepartmentTag[];
  /** Tooltip of an unresolved name (`未在部门名录中：省农机局`), an organisation, an implied one or a division. */
  title?: string;
}

export function departmentView(entry: Responsibility, link: (departmentId: string) => string): DepartmentView {
  const role = roleOf(entry);
  const tags: DepartmentTag[] = role === 'responsible' ? [] : [{ kind: role, label: ui.roles[role] }];
  // The issuer doing a task it set itself, its name not written there: said, not hidden.
  if (entry.implied) tags.push({ kind: 'implied', label: ui.inferred });
  const implied = entry.implied ? { title: ui.impliedTitle } : {};
  // A division named without its body (`办公室`) links to the body: the tooltip says whose it is.
  const division = entry.division ? { title: ui.divisionTitle(entry.name ?? '') } : {};
  if (isResolved(entry)) return { text: entry.raw, role, path: link(entry.id), tags, ...implied, ...division };
  const { tag, title } = unlisted(entry);
  return { text: entry.raw, role, tags: [...tags, tag], title };
}

/**
 * How a name without a department is told apart, wherever it is shown: a company or association
 * (企业或组织), or a name the registry does not know (未收录); its tag and its tooltip.
 */
export function unlisted(entry: Responsibility): { tag: DepartmentTag; title: string } {
  return entry.organisation
    ? { tag: { kind: 'organisation', label: ui.organisation }, title: ui.organisationTitle(entry.raw) }
    : { tag: { kind: 'unresolved', label: ui.unresolved }, title: ui.unresolvedTitle(entry.raw) };
}
