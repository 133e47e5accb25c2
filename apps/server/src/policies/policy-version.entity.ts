import type { AdminPolicy } from '@zhaoshang/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { jsonText, LongText } from '../database/columns';

/** Every save of a policy, whole, so versions can be compared and restored. */
@Entity('policy_version')
@Index(['policyId', 'version'], { unique: true })
export class PolicyVersionEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'policy_id', type: 'int' })
  policyId!: number;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 16 })
  action!: 'create' | 'update' | 'publish' | 'archive' | 'restore';

  @Column({ name: 'actor_name', type: 'varchar', length: 64, nullable: true })
  actorName!: string | null;

  /** the policy as the console shows it (AdminPolicy), JSON */
  @LongText({ transformer: jsonText })
  snapshot!: AdminPolicy;

  /** search terms of a published version with their weights, computed once when publishing */
  @LongText({ nullable: true, transformer: jsonText })
  terms!: [string, number][] | null;

  @CreateDateColumn({ name: 'at' })
  at!: Date;
}
