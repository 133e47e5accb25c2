import type { CloseReason, EnterpriseProfile, IntentEventKind, IntentSource, IntentStage, Language } from '@zhaoshang/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique, UpdateDateColumn, VersionColumn } from 'typeorm';
import { jsonText } from '../database/columns';

/** An investment intent: what the investor sent, and the lead desk's state of it. */
@Entity('intent')
@Unique('uq_intent_idempotency', ['investorId', 'idempotencyKey'])
export class IntentEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ name: 'investor_id', type: 'int' })
  investorId!: number;

  /** the client's Idempotency-Key; with the request hash, a retry answers the same intent */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 36 })
  idempotencyKey!: string;

  @Column({ name: 'request_hash', type: 'varchar', length: 64 })
  requestHash!: string;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  stage!: IntentStage;

  @Column({ name: 'close_reason', type: 'varchar', length: 32, nullable: true })
  closeReason!: CloseReason | null;

  @Column({ type: 'varchar', length: 8 })
  source!: IntentSource;

  @Column({ name: 'company_name', type: 'varchar', length: 120 })
  companyName!: string;

  @Index()
  @Column({ type: 'varchar', length: 18, nullable: true })
  uscc!: string | null;

  @Column({ type: 'varchar', length: 2 })
  country!: string;

  @Column({ name: 'enterprise_type', type: 'varchar', length: 32 })
  enterpriseType!: string;

  @Column({ name: 'contact_name', type: 'varchar', length: 60 })
  contactName!: string;

  @Index()
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone!: string | null;

  @Column({ type: 'varchar', length: 120, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 8 })
  language!: Language;

  @Column({ type: 'simple-json' })
  industries!: string[];

  @Column({ name: 'amount_range', type: 'varchar', length: 32 })
  amountRange!: string;

  @Column({ name: 'space_kind', type: 'varchar', length: 32 })
  spaceKind!: string;

  @Column({ name: 'space_size', type: 'int', nullable: true })
  spaceSize!: number | null;

  @Column({ type: 'varchar', length: 32 })
  timeline!: string;

  /** free text, stored and shown as text, never as HTML */
  @Column({ type: 'text', nullable: true })
  message!: string | null;

  @Column({ name: 'policy_ids', type: 'simple-json' })
  policyIds!: number[];

  @Column({ name: 'area_code', type: 'varchar', length: 64, nullable: true })
  areaCode!: string | null;

  @Column({ type: 'text', nullable: true, transformer: jsonText })
  profile!: EnterpriseProfile | null;

  @Column({ name: 'consent_version', type: 'varchar', length: 32 })
  consentVersion!: string;

  @Index()
  @Column({ name: 'concierge_id', type: 'int', nullable: true })
  conciergeId!: number | null;

  /** when staff must act next (working hours); null in final stages */
  @Index()
  @Column({ name: 'reply_due_at', type: 'datetime', nullable: true })
  replyDueAt!: Date | null;

  @Column({ name: 'escalated_at', type: 'datetime', nullable: true })
  escalatedAt!: Date | null;

  @Column({ name: 'possible_duplicate', type: 'boolean', default: false })
  possibleDuplicate!: boolean;

  @Column({ name: 'merged_into_id', type: 'int', nullable: true })
  mergedIntoId!: number | null;

  /** one-time WeChat subscribe-message grants left, per template id */
  @Column({ name: 'subscriptions', type: 'simple-json' })
  subscriptions!: Record<string, number>;

  /** set when the investor deleted their account: personal fields are erased */
  @Column({ name: 'anonymized_at', type: 'datetime', nullable: true })
  anonymizedAt!: Date | null;

  @VersionColumn()
  version!: number;

  @Index()
  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}

/** Everything that happened to an intent: the timeline, the message thread and internal notes. */
@Entity('intent_event')
@Unique('uq_intent_event_client', ['intentId', 'clientId'])
export class IntentEventEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ name: 'intent_id', type: 'int' })
  intentId!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: IntentEventKind;

  @Column({ name: 'actor_kind', type: 'varchar', length: 8 })
  actorKind!: 'investor' | 'staff' | 'system';

  @Column({ name: 'staff_user_id', type: 'int', nullable: true })
  staffUserId!: number | null;

  @Column({ name: 'actor_name', type: 'varchar', length: 64, nullable: true })
  actorName!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  stage!: IntentStage | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  reason!: string | null;

  @Column({ type: 'text', nullable: true })
  body!: string | null;

  @Column({ name: 'concierge_id', type: 'int', nullable: true })
  conciergeId!: number | null;

  @Column({ name: 'other_intent_id', type: 'int', nullable: true })
  otherIntentId!: number | null;

  /** notes and lead-desk bookkeeping the investor does not see */
  @Column({ type: 'boolean', default: false })
  internal!: boolean;

  /** the client's id of a message, so a retried send is stored once */
  @Column({ name: 'client_id', type: 'varchar', length: 36, nullable: true })
  clientId!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}

/** Lead-desk routing: industry and language → concierges, round-robin among them. */
@Entity('assignment_rule')
export class AssignmentRuleEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32, nullable: true })
  industry!: string | null;

  @Column({ type: 'varchar', length: 8, nullable: true })
  language!: Language | null;

  @Column({ name: 'concierge_ids', type: 'simple-json' })
  conciergeIds!: number[];

  @Column({ type: 'int', default: 0 })
  sort!: number;
}

/** Round-robin position per group of equal concierges, shared by every replica. */
@Entity('assignment_counter')
export class AssignmentCounterEntity {
  @Column({ name: 'group_key', type: 'varchar', length: 191, primary: true })
  groupKey!: string;

  @Column({ type: 'int', default: 0 })
  next!: number;
}

/** Console notifications for staff (new, overdue, investor messages, assignments). */
@Entity('staff_notification')
@Index(['staffUserId', 'readAt'])
export class StaffNotificationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'staff_user_id', type: 'int' })
  staffUserId!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'lead.new' | 'lead.overdue' | 'lead.message' | 'lead.assigned';

  @Column({ name: 'intent_id', type: 'int' })
  intentId!: number;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'datetime', nullable: true })
  readAt!: Date | null;
}
