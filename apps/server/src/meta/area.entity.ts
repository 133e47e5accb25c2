import type { AreaKind, Translated } from '@zhaoshang/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A town, street, zone or carrier of the district. Geometry arrives with the heatmap. */
@Entity('area')
export class AreaEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: AreaKind;

  @Column({ type: 'simple-json' })
  names!: Translated;

  @Column({ type: 'simple-json', nullable: true })
  descriptions!: Translated | null;

  @Column({ type: 'int', default: 0 })
  sort!: number;

  /** generated demo data, labelled "sample data" wherever shown */
  @Column({ type: 'boolean', default: false })
  sample!: boolean;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
