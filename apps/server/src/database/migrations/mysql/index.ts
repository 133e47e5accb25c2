// Generated list of mysql migrations, oldest first.
import { Init1795821129855 } from './1795821129855-Init';

export const MYSQL_MIGRATIONS = [Init1795821129855];
