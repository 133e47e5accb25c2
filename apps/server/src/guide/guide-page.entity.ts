import type { GuidePageKind, GuideStatus } from '@zhaoshang/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A node of the guide's tree, as its working copy: a section (parent null) or a page in a
 * section. Kind, slug and place (parent, sort) are the node's own and take effect at once; the
 * content is versioned like a policy's, and investors read the snapshot of `published_version`.
 */
@Entity('guide_page')
@Index(['parentId', 'sort'])
export class GuidePageEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** natural key of seeded pages, so the seed can run again without duplicating */
  @Column({ name: 'seed_key', type: 'varchar', length: 64, nullable: true, unique: true })
  seedKey!: string | null;

  @Column({ name: 'parent_id', type: 'int', nullable: true })
  parentId!: number | null;

  @Column({ type: 'varchar', length: 16 })
  kind!: GuidePageKind;

  /** the address in links and share cards; fixed once created so shared links keep working */
  @Column({ type: 'varchar', length: 80, unique: true })
  slug!: string;

  /** position among its siblings */
  @Column({ type: 'int', default: 0 })
  sort!: number;

  /** illustrative content, labelled "sample" to investors */
  @Column({ type: 'boolean', default: false })
  sample!: boolean;

  @Index()
  @Column({ type: 'varchar', length: 16 })
  status!: GuideStatus;

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
