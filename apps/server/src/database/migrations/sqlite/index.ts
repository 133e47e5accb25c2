// Generated list of sqlite migrations, oldest first.
import { Init1795821129855 } from './1795821129855-Init';
import { AddPolicies1795823038860 } from './1795823038860-AddPolicies';
import { AddIntents1795836918688 } from './1795836918688-AddIntents';
import { AddHeatmap1796160530714 } from './1796160530714-AddHeatmap';

export const SQLITE_MIGRATIONS = [Init1795821129855, AddPolicies1795823038860, AddIntents1795836918688, AddHeatmap1796160530714];
