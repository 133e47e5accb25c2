import type { Language, TranslationStatus } from '@zhaoshang/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { LongText } from '../database/columns';

@Entity('policy_translation')
@Index(['policyId', 'language'], { unique: true })
export class PolicyTranslationEntity {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'policy_id', type: 'int' })
  policyId!: number;

  @Column({ type: 'varchar', length: 8 })
  language!: Language;

  @Index()
  @Column({ type: 'varchar', length: 200, default: '' })
  title!: string;

  @Column({ type: 'text' })
  summary!: string;

  /** sanitized HTML */
  @LongText()
  body!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  department!: string;

  @Column({ name: 'apply_steps', type: 'simple-json' })
  applySteps!: string[];

  @Column({ name: 'apply_materials', type: 'simple-json' })
  applyMaterials!: string[];

  @Column({ name: 'apply_contact', type: 'varchar', length: 300, default: '' })
  applyContact!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: TranslationStatus;
}
