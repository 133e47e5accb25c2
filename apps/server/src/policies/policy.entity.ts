import type { Eligibility, PolicyStatus, Translated } from '@zhaoshang/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type BenefitData = { kind: string; maxAmount: number | null; description: Translated };
export type AttachmentData = { title: Translated; url: string };

/**
 * The working copy an editor changes. What investors read is the snapshot of `published_version`
 * in `policy_version`, so saving a draft of a published policy changes nothing public.
 */
@Entity('policy')
export class PolicyEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** natural key of seeded policies, so the seed can run again without duplicating */
  @Column({ name: 'seed_key', type: 'varchar', length: 64, nullable: true, unique: true })
  seedKey!: string | null;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  status!: PolicyStatus;

  @Column({ type: 'varchar', length: 64 })
  category!: string;

  @Column({ type: 'simple-json' })
  industries!: string[];

  @Column({ name: 'document_number', type: 'varchar', length: 100, default: '' })
  documentNumber!: string;

  @Column({ name: 'valid_from', type: 'varchar', length: 10, nullable: true })
  validFrom!: string | null;

  @Column({ name: 'valid_until', type: 'varchar', length: 10, nullable: true })
  validUntil!: string | null;

  @Column({ type: 'simple-json' })
  benefits!: BenefitData[];

  @Column({ type: 'simple-json' })
  eligibility!: Eligibility;

  @Column({ type: 'simple-json' })
  attachments!: AttachmentData[];

  /** optimistic lock: every save must name the version it started from */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'published_version', type: 'int', nullable: true })
  publishedVersion!: number | null;

  @Column({ name: 'published_at', type: 'datetime', nullable: true })
  publishedAt!: Date | null;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
