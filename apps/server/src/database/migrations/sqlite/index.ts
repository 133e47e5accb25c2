// Generated list of sqlite migrations, oldest first.
import { Init1795821129855 } from './1795821129855-Init';
import { AddPolicies1795823038860 } from './1795823038860-AddPolicies';

export const SQLITE_MIGRATIONS = [Init1795821129855, AddPolicies1795823038860];
