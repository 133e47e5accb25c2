import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The rows one console write changed, by the `heatmap` revision it committed (written in the same
 * transaction). Any replica that built from an earlier revision re-reads just these rows instead
 * of every row; a revision with no entry here (an import, the seed) means read everything.
 */
@Entity('heatmap_change')
export class HeatmapChangeEntity {
  @PrimaryColumn({ type: 'int' })
  revision!: number;

  @Column({ name: 'table_name', type: 'varchar', length: 16 })
  tableName!: 'project' | 'premises';

  /** row ids, comma-separated */
  @Column({ type: 'text' })
  ids!: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
