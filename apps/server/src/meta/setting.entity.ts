import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** District-wide settings (name, branding) as data, so another district runs its own instance. */
@Entity('setting')
export class SettingEntity {
  @PrimaryColumn({ name: 'name', type: 'varchar', length: 64 })
  key!: string;

  @Column({ type: 'simple-json' })
  value!: unknown;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
