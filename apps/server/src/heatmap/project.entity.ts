import type { Translated } from '@zhaoshang/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A landed investment project, a point on the heatmap. */
@Entity('project')
@Index(['industry', 'year'])
export class ProjectEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  /** natural key (seed and imports match on it) */
  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Column({ type: 'simple-json' })
  names!: Translated;

  /** "3+6" industry code from reference_item */
  @Column({ type: 'varchar', length: 64 })
  industry!: string;

  /** in 万元 (1/10,000 亿元), an integer so sums are exact (input is capped at 100,000 亿元); the API speaks 亿元 */
  @Column({ name: 'amount_wan', type: 'int' })
  amountWan!: number;

  @Column({ type: 'int' })
  year!: number;

  @Column({ type: 'double' })
  lat!: number;

  @Column({ type: 'double' })
  lng!: number;

  @Index()
  @Column({ name: 'area_code', type: 'varchar', length: 64, nullable: true })
  areaCode!: string | null;

  /** generated demo data, labelled "sample data" wherever shown */
  @Column({ type: 'boolean', default: false })
  sample!: boolean;

  /** optimistic lock: every save names the version it started from */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @Index()
  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
