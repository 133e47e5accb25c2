import type { Api } from '../../../services/api';
import type { VersionsQuery } from '../../../components/document-editor/versions-drawer';

export function policyVersionsQuery(api: Api, id: number): VersionsQuery {
  return { queryKey: ['policy-versions', id], queryFn: () => api.adminListPolicyVersions({ path: { id } }) };
}
