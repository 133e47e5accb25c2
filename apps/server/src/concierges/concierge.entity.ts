import type { Language, OfficeHours, Translated } from '@zhaoshang/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A 店小二: the named official who looks after an enterprise from first contact to production. */
@Entity('concierge')
export class ConciergeEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  code!: string;

  @Column({ type: 'simple-json' })
  names!: Translated;

  @Column({ type: 'simple-json' })
  titles!: Translated;

  @Column({ type: 'simple-json', nullable: true })
  bios!: Translated | null;

  @Column({ type: 'simple-json' })
  languages!: Language[];

  @Column({ type: 'simple-json' })
  industries!: string[];

  @Column({ type: 'simple-json' })
  areas!: string[];

  @Column({ type: 'varchar', length: 32 })
  phone!: string;

  @Column({ name: 'wechat_id', type: 'varchar', length: 64, nullable: true })
  wechatId!: string | null;

  /** e.g. { days: [1,2,3,4,5], from: '08:30', to: '17:30', timezone: 'Asia/Shanghai' } (ISO weekdays, the concierge's clock) */
  @Column({ name: 'office_hours', type: 'simple-json' })
  officeHours!: OfficeHours;

  @Column({ name: 'photo_url', type: 'varchar', length: 255, nullable: true })
  photoUrl!: string | null;

  /** inactive: no new leads, not in the public directory (their open leads were handed over) */
  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** the console account of this concierge: their leads are the ones they see */
  @Column({ name: 'staff_user_id', type: 'int', nullable: true })
  staffUserId!: number | null;

  @Column({ type: 'boolean', default: false })
  sample!: boolean;

  @Column({ type: 'int', default: 0 })
  sort!: number;

  /** optimistic lock: every console save names the version it started from */
  @Column({ type: 'int', default: 1 })
  version!: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: true })
  updatedBy!: string | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
