import { DataListPage } from './components/data-list-page';
import { PROJECTS_KIND } from './kinds/projects-kind';

/** Landed investment projects (`/heatmap/projects`). */
export default function ProjectsPage() {
  return <DataListPage kind={PROJECTS_KIND} />;
}
