import type { EntityManager } from 'typeorm';
import { ContentRevisionEntity } from './content-revision.entity';

/** Bumps a scope's revision (portable SQL: UPDATE, else INSERT). */
export async function bumpRevision(manager: EntityManager, scope: string): Promise<void> {
  const repo = manager.getRepository(ContentRevisionEntity);
  const res = await repo.createQueryBuilder().update().set({ revision: () => 'revision + 1' }).where('scope = :scope', { scope }).execute();
  if (!res.affected) {
    try {
      await repo.insert({ scope, revision: 1 });
    } catch {
      await repo.createQueryBuilder().update().set({ revision: () => 'revision + 1' }).where('scope = :scope', { scope }).execute();
    }
  }
}

export async function readRevision(manager: EntityManager, scope: string): Promise<number> {
  const row = await manager.getRepository(ContentRevisionEntity).findOneBy({ scope });
  return row?.revision ?? 0;
}
