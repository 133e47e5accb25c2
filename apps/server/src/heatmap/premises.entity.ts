import type { PremisesKind, PriceUnit, Translated } from '@zhaoshang/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A carrier (载体): a land plot, standard factory, office building or R&D community space. */
@Entity('premises')
@Index(['kind', 'availableArea'])
export class PremisesEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: PremisesKind;

  @Column({ type: 'simple-json' })
  names!: Translated;

  @Index()
  @Column({ name: 'area_code', type: 'varchar', length: 64, nullable: true })
  areaCode!: string | null;

  @Column({ type: 'double' })
  lat!: number;

  @Column({ type: 'double' })
  lng!: number;

  /** m² */
  @Column({ name: 'total_area', type: 'int' })
  totalArea!: number;

  @Column({ name: 'available_area', type: 'int' })
  availableArea!: number;

  @Column({ name: 'price_min', type: 'double', nullable: true })
  priceMin!: number | null;

  @Column({ name: 'price_max', type: 'double', nullable: true })
  priceMax!: number | null;

  @Column({ name: 'price_unit', type: 'varchar', length: 32, nullable: true })
  priceUnit!: PriceUnit | null;

  @Column({ name: 'plot_ratio', type: 'double', nullable: true })
  plotRatio!: number | null;

  @Column({ name: 'contact_name', type: 'varchar', length: 100, default: '' })
  contactName!: string;

  @Column({ name: 'contact_phone', type: 'varchar', length: 40, default: '' })
  contactPhone!: string;

  /** photo URLs (http/https) */
  @Column({ type: 'simple-json' })
  photos!: string[];

  /** YYYY-MM-DD: when the figures were last checked */
  @Column({ name: 'last_updated', type: 'varchar', length: 10 })
  lastUpdated!: string;

  @Column({ type: 'boolean', default: false })
  sample!: boolean;

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
