import type { AreaKind, Translated } from '@zhaoshang/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The district, a town, street, zone or carrier, with its outline for the heatmap. */
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

  /** WGS-84 outline, `[lat, lng]` vertices, not closed (GCJ-02 is a client concern: WeChat's map) */
  @Column({ type: 'simple-json', nullable: true })
  polygon!: [number, number][] | null;

  /** label point */
  @Column({ name: 'center_lat', type: 'double', nullable: true })
  centerLat!: number | null;

  @Column({ name: 'center_lng', type: 'double', nullable: true })
  centerLng!: number | null;

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
