import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * A counter per kind of public content. Writers bump it in the same transaction; every replica
 * compares it with the revision its in-memory read model was built from.
 */
@Entity('content_revision')
export class ContentRevisionEntity {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  scope!: string;

  @Column({ type: 'int' })
  revision!: number;

  @UpdateDateColumn({ name: 'updated_at' })
  updatedAt!: Date;
}
