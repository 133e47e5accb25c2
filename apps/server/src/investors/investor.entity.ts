import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An investor's identity: a WeChat user (by openid) or an anonymous H5 device. */
@Entity('investor')
export class InvestorEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: 'wechat' | 'guest';

  /** WeChat openid of this mini-program; null for guests and after deletion */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  openid!: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  unionid!: string | null;

  /** guests: the device's own id, so a reinstalled H5 app on the same device finds its intents */
  @Index({ unique: true })
  @Column({ name: 'device_id', type: 'varchar', length: 36, nullable: true })
  deviceId!: string | null;

  @Column({ name: 'consent_version', type: 'varchar', length: 32, nullable: true })
  consentVersion!: string | null;

  @Column({ name: 'consent_at', type: 'datetime', nullable: true })
  consentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;

  /** set by account deletion: the token stops working, personal fields are gone */
  @Column({ name: 'deleted_at', type: 'datetime', nullable: true })
  deletedAt!: Date | null;
}

/** Every agreement to the privacy notice, with its version. */
@Entity('consent_record')
export class ConsentRecordEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Index()
  @Column({ name: 'investor_id', type: 'int' })
  investorId!: number;

  @Column({ type: 'varchar', length: 32 })
  version!: string;

  @CreateDateColumn({ name: 'created_at' })
  createdAt!: Date;
}
