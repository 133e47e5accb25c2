// Generated list of mysql migrations, oldest first.
import { Init1795821129855 } from './1795821129855-Init';
import { AddPolicies1795823038860 } from './1795823038860-AddPolicies';
import { AddIntents1795836918688 } from './1795836918688-AddIntents';
import { AddHeatmap1796160530714 } from './1796160530714-AddHeatmap';
import { AddConciergeVersion1796171101844 } from './1796171101844-AddConciergeVersion';
import { AddInsights1796171187388 } from './1796171187388-AddInsights';
import { AddGuide1796172018639 } from './1796172018639-AddGuide';
import { AddHeatmapChange1796217238601 } from './1796217238601-AddHeatmapChange';

export const MYSQL_MIGRATIONS = [Init1795821129855, AddPolicies1795823038860, AddIntents1795836918688, AddHeatmap1796160530714, AddConciergeVersion1796171101844, AddInsights1796171187388, AddGuide1796172018639, AddHeatmapChange1796217238601];
