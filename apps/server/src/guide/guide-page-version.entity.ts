import type { AdminGuidePage } from '@zhaoshang/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { jsonText, LongText } from '../database/columns';
import type { VersionAction } from '../content/versioned-documents';

/** Every save of a guide page, whole, so versions can be compared and restored. */
@Entity('guide_page_version')
@Index(['pageId', 'version'], { unique: true })
export class GuidePageVersionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'page_id', type: 'int' })
  pageId!: number;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 16 })
  action!: VersionAction;

  @Column({ name: 'actor_name', type: 'varchar', length: 64, nullable: true })
  actorName!: string | null;

  /** the page as the console shows it (AdminGuidePage), JSON */
  @LongText({ transformer: jsonText })
  snapshot!: AdminGuidePage;

  @CreateDateColumn({ name: 'at' })
  at!: Date;
}
