// Generated list of sqlite migrations, oldest first.
import { Init1795821129855 } from './1795821129855-Init';

export const SQLITE_MIGRATIONS = [Init1795821129855];
