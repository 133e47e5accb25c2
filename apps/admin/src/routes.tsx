import { lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { Navigate, useLocation, type RouteObject } from 'react-router';
import { AppShell } from './components/app-shell';
import { PageLoading } from './components/page-loading';
import { RouteError } from './components/route-error';
import { canSee, navLeaves, type NavLeaf } from './navigation';
import { useSession } from './services/api-context';

// Every screen is its own chunk: the first load carries only the shell (budgeted in
// tests/e2e/first-load-budget.e2e.spec.ts).
const LoginPage = lazy(() => import('./pages/login'));
const AdminLayout = lazy(() => import('./layout/admin-layout'));
const DashboardPage = lazy(() => import('./pages/dashboard'));
const UsersPage = lazy(() => import('./pages/users'));
const AuditLogPage = lazy(() => import('./pages/audit-log'));
const PoliciesPage = lazy(() => import('./pages/policies'));
const PolicyEditorPage = lazy(() => import('./pages/policy-editor'));
const LeadsPage = lazy(() => import('./pages/leads'));
const GuidePage = lazy(() => import('./pages/guide'));
const GuideEditorPage = lazy(() => import('./pages/guide-editor'));
const LeadDetailPage = lazy(() => import('./pages/lead-detail'));
const AssignmentRulesPage = lazy(() => import('./pages/assignment-rules'));
const ConciergesPage = lazy(() => import('./pages/concierges'));
const ProjectsPage = lazy(() => import('./pages/heatmap-data/projects'));
const PremisesPage = lazy(() => import('./pages/heatmap-data/premises'));
const ChangePasswordPage = lazy(() => import('./pages/change-password'));
const ComingSoonPage = lazy(() => import('./pages/coming-soon'));
const ForbiddenPage = lazy(() => import('./pages/forbidden'));
const NotFoundPage = lazy(() => import('./pages/not-found'));

const BUILT: Record<string, LazyExoticComponent<ComponentType>> = {
  dashboard: DashboardPage,
  users: UsersPage,
  audit: AuditLogPage,
  policies: PoliciesPage,
  leads: LeadsPage,
  guide: GuidePage,
  concierges: ConciergesPage,
  projects: ProjectsPage,
  premises: PremisesPage,
};

const page = (element: ReactNode) => <Suspense fallback={<PageLoading />}>{element}</Suspense>;
/** The first screen (sign-in or layout) loads behind the same shell index.html painted. */
const firstScreen = (element: ReactNode) => <Suspense fallback={<AppShell />}>{element}</Suspense>;

function RequireSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return children;
}

function RequireRole({ leaf, children }: { leaf: Pick<NavLeaf, 'roles'>; children: ReactNode }) {
  const session = useSession();
  if (session && !canSee(leaf, session.user.role)) return page(<ForbiddenPage />);
  return children;
}

function leafRoute(leaf: NavLeaf): RouteObject {
  const Built = BUILT[leaf.key];
  const element = leaf.built && Built ? <Built /> : <ComingSoonPage feature={leaf.label} />;
  return { path: leaf.path, element: <RequireRole leaf={leaf}>{page(element)}</RequireRole> };
}

export const routes: RouteObject[] = [
  { path: '/login', element: firstScreen(<LoginPage />), errorElement: <RouteError /> },
  {
    path: '/',
    element: <RequireSession>{firstScreen(<AdminLayout />)}</RequireSession>,
    errorElement: <RouteError />,
    children: [
      {
        // a failing page keeps the navigation around it
        errorElement: <RouteError />,
        children: [
          { index: true, element: <Navigate to="/dashboard" replace /> },
          ...navLeaves().map(leafRoute),
          // staff may read a policy; only admins create one
          { path: 'policies/new', element: <RequireRole leaf={{ roles: ['admin'] }}>{page(<PolicyEditorPage />)}</RequireRole> },
          { path: 'policies/:id', element: page(<PolicyEditorPage />) },
          // staff may read a guide page; the editor lets only admins change it
          { path: 'guide/:id', element: page(<GuideEditorPage />) },
          // staff read the assignment rules; the page lets only admins change them
          { path: 'leads/rules', element: page(<AssignmentRulesPage />) },
          { path: 'leads/:id', element: page(<LeadDetailPage />) },
          { path: 'account/password', element: page(<ChangePasswordPage />) },
          { path: '*', element: page(<NotFoundPage />) },
        ],
      },
    ],
  },
];
