// Generated list of mysql migrations, oldest first.
import { Init1795821129855 } from './1795821129855-Init';
import { AddPolicies1795821816841 } from './1795821816841-AddPolicies';

export const MYSQL_MIGRATIONS = [Init1795821129855, AddPolicies1795821816841];
