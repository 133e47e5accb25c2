import type { GuideFaq, GuideStep, Language, TranslationStatus } from '@zhaoshang/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { jsonText, LongText } from '../database/columns';

/** One language of a guide page's working copy. */
@Entity('guide_page_translation')
@Index(['pageId', 'language'], { unique: true })
export class GuidePageTranslationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'page_id', type: 'int' })
  pageId!: number;

  @Column({ type: 'varchar', length: 8 })
  language!: Language;

  @Column({ type: 'varchar', length: 200, default: '' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  /** sanitized HTML */
  @LongText()
  body!: string;

  /** a procedure's steps, JSON */
  @LongText({ transformer: jsonText })
  steps!: GuideStep[];

  /** an FAQ's entries, JSON */
  @LongText({ transformer: jsonText })
  faqs!: GuideFaq[];

  @Column({ type: 'varchar', length: 16 })
  status!: TranslationStatus;
}
