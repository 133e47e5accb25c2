import type { StaffRole } from '@zhaoshang/contracts';

export type NavLeaf = {
  key: string;
  /** route path under the console's base, without a leading slash */
  path: string;
  /** key in the admin namespace */
  label: string;
  icon: NavIcon;
  roles?: readonly StaffRole[];
  /** false while the page is a placeholder for a later release */
  built: boolean;
};
export type NavGroup = { key: string; label: string; icon: NavIcon; children: NavLeaf[] };

/** Icon names; the layout draws them, so the route table in the entry chunk carries no icons. */
export type NavIcon =
  | 'dashboard'
  | 'leads'
  | 'policies'
  | 'guide'
  | 'heatmap'
  | 'areas'
  | 'premises'
  | 'projects'
  | 'concierges'
  | 'insights'
  | 'users'
  | 'audit';
export type NavItem = NavLeaf | NavGroup;

/** The side navigation, in order. Route table and menu are both made from this list. */
export const NAVIGATION: readonly NavItem[] = [
  { key: 'dashboard', path: 'dashboard', label: 'nav.dashboard', icon: 'dashboard', built: true },
  { key: 'leads', path: 'leads', label: 'nav.leads', icon: 'leads', built: true },
  { key: 'policies', path: 'policies', label: 'nav.policies', icon: 'policies', built: true },
  { key: 'guide', path: 'guide', label: 'nav.guide', icon: 'guide', built: true },
  {
    key: 'heatmap',
    label: 'nav.heatmap',
    icon: 'heatmap',
    children: [
      { key: 'areas', path: 'heatmap/areas', label: 'nav.areas', icon: 'areas', built: false },
      { key: 'premises', path: 'heatmap/premises', label: 'nav.premises', icon: 'premises', built: true },
      { key: 'projects', path: 'heatmap/projects', label: 'nav.projects', icon: 'projects', built: true },
    ],
  },
  { key: 'concierges', path: 'concierges', label: 'nav.concierges', icon: 'concierges', built: true },
  { key: 'users', path: 'users', label: 'nav.users', icon: 'users', roles: ['admin'], built: true },
  { key: 'audit', path: 'audit-log', label: 'nav.audit', icon: 'audit', roles: ['admin'], built: true },
];

export const isGroup = (item: NavItem): item is NavGroup => 'children' in item;

export const navLeaves = (): NavLeaf[] => NAVIGATION.flatMap((item) => (isGroup(item) ? item.children : [item]));

export const canSee = (leaf: Pick<NavLeaf, 'roles'>, role: StaffRole): boolean => !leaf.roles || leaf.roles.includes(role);
