import { AuditLogEntity } from '../audit/audit-log.entity';
import { StaffSessionEntity } from '../auth/staff-session.entity';
import { StaffUserEntity } from '../auth/staff-user.entity';
import { ConciergeEntity } from '../concierges/concierge.entity';
import { AreaEntity } from '../meta/area.entity';
import { ReferenceItemEntity } from '../meta/reference-item.entity';
import { SettingEntity } from '../meta/setting.entity';
import { RateLimitCounterEntity } from '../rate-limit/rate-limit-counter.entity';
import { ContentRevisionEntity } from '../content/content-revision.entity';
import { PolicyTranslationEntity } from '../policies/policy-translation.entity';
import { PolicyVersionEntity } from '../policies/policy-version.entity';
import { PolicyEntity } from '../policies/policy.entity';
import { ConsentRecordEntity, InvestorEntity } from '../investors/investor.entity';
import { AssignmentCounterEntity, AssignmentRuleEntity, IntentEntity, IntentEventEntity, StaffNotificationEntity } from '../intents/intent.entity';
import { OutboxEntity } from '../outbox/outbox.entity';
import { HeatmapChangeEntity } from '../heatmap/heatmap-change.entity';
import { PremisesEntity } from '../heatmap/premises.entity';
import { ProjectEntity } from '../heatmap/project.entity';
import { GuidePageEntity } from '../guide/guide-page.entity';
import { GuidePageTranslationEntity } from '../guide/guide-page-translation.entity';
import { GuidePageVersionEntity } from '../guide/guide-page-version.entity';
import { InsightEventEntity } from '../insights/insight-event.entity';

export const ENTITIES = [
  StaffUserEntity,
  StaffSessionEntity,
  AuditLogEntity,
  RateLimitCounterEntity,
  ReferenceItemEntity,
  AreaEntity,
  SettingEntity,
  ConciergeEntity,
  ContentRevisionEntity,
  PolicyEntity,
  PolicyTranslationEntity,
  PolicyVersionEntity,
  InvestorEntity,
  ConsentRecordEntity,
  IntentEntity,
  IntentEventEntity,
  AssignmentRuleEntity,
  AssignmentCounterEntity,
  StaffNotificationEntity,
  OutboxEntity,
  ProjectEntity,
  PremisesEntity,
  HeatmapChangeEntity,
  GuidePageEntity,
  GuidePageTranslationEntity,
  GuidePageVersionEntity,
  InsightEventEntity,
];
