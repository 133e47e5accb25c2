import { DataListPage } from './components/data-list-page';
import { PREMISES_KIND } from './kinds/premises-kind';

/** Land, factories, offices and R&D community space (`/heatmap/premises`). */
export default function PremisesPage() {
  return <DataListPage kind={PREMISES_KIND} />;
}
