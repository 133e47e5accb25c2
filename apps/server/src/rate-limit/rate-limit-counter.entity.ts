import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigintNumber } from '../database/columns';

/** Fixed-window counters shared by every replica through the database. */
@Entity('rate_limit_counter')
export class RateLimitCounterEntity {
  @PrimaryColumn({ name: 'bucket', type: 'varchar', length: 191 })
  key!: string;

  /** epoch seconds at which the current window started */
  @Column({ name: 'window_start', type: 'bigint', transformer: bigintNumber })
  windowStart!: number;

  @Column({ type: 'int' })
  count!: number;
}
