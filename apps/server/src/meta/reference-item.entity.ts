import type { ReferenceKind, Translated } from '@zhaoshang/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** One entry of a reference list (an industry, a policy category, …): data, so a district can change it. */
@Entity('reference_item')
@Index(['kind', 'code'], { unique: true })
export class ReferenceItemEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 32 })
  kind!: ReferenceKind;

  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'simple-json' })
  names!: Translated;

  @Column({ name: 'group_code', type: 'varchar', length: 32, nullable: true })
  groupCode!: string | null;

  @Column({ name: 'range_min', type: 'int', nullable: true })
  rangeMin!: number | null;

  @Column({ name: 'range_max', type: 'int', nullable: true })
  rangeMax!: number | null;

  @Column({ type: 'int', default: 0 })
  sort!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
