import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { jsonText } from '../database/columns';

export type OutboxChannel = 'wechat.subscribe' | 'wecom.robot';

/**
 * Outgoing notifications, written in the same transaction as the change that causes them and
 * delivered at least once by the worker. `dedupe_key` keeps one row per notification.
 */
@Entity('outbox')
@Index(['deliveredAt', 'nextAttemptAt'])
export class OutboxEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  channel!: OutboxChannel;

  @Index({ unique: true })
  @Column({ name: 'dedupe_key', type: 'varchar', length: 191 })
  dedupeKey!: string;

  @Column({ type: 'text', transformer: jsonText })
  payload!: Record<string, unknown>;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'datetime' })
  nextAttemptAt!: Date;

  /** a worker holds the row until then; another worker may take it after a crash */
  @Column({ name: 'locked_until', type: 'datetime', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'delivered_at', type: 'datetime', nullable: true })
  deliveredAt!: Date | null;

  /** set when retries are exhausted or the message can never be delivered */
  @Column({ name: 'failed_at', type: 'datetime', nullable: true })
  failedAt!: Date | null;

  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
