import type { InsightEventKind, Language } from '@zhaoshang/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Anonymous counts of what investors searched for and read: one row per kind, day, language,
 * subject and result count within one flush of a replica's buffer (`hits` of them). Rows are
 * only ever added; statistics are sums over them. No investor, session, IP or time of day.
 */
@Entity('insight_event')
@Index(['kind', 'day'])
export class InsightEventEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ type: 'varchar', length: 16 })
  kind!: InsightEventKind;

  /** `YYYY-MM-DD` in the district's time zone, written by the server (portable grouping) */
  @Column({ type: 'varchar', length: 10 })
  day!: string;

  /** the Monday of that day's week, `YYYY-MM-DD` */
  @Column({ type: 'varchar', length: 10 })
  week!: string;

  /** the language the investor read in */
  @Column({ type: 'varchar', length: 8 })
  language!: Language;

  /** searches: the normalized query (phone numbers and emails masked); views: policy id or guide slug */
  @Column({ type: 'varchar', length: 128 })
  subject!: string;

  /** searches: how many results the first page reported in total; views: null */
  @Column({ name: 'result_count', type: 'int', nullable: true })
  resultCount!: number | null;

  @Column({ type: 'int' })
  hits!: number;
}
