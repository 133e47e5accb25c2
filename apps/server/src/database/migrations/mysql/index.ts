// Generated list of mysql migrations, oldest first.
import { Init1795821129855 } from './1795821129855-Init';
import { AddPolicies1795823038860 } from './1795823038860-AddPolicies';

export const MYSQL_MIGRATIONS = [Init1795821129855, AddPolicies1795823038860];
