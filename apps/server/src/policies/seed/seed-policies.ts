import type { EntityManager } from 'typeorm';
import { PolicyEntity } from '../policy.entity';
import { createPolicy, setStatus } from '../policy-writer';
import type { PolicySeed } from './policy-seed-data';

/**
 * Inserts and publishes the demo policies that are not there yet. An existing policy is never
 * touched: once seeded, its content belongs to the editors, and a second run changes nothing.
 */
export async function seedPolicies(manager: EntityManager, seeds: PolicySeed[]): Promise<{ inserted: number; unchanged: number }> {
  let inserted = 0;
  let unchanged = 0;
  const repo = manager.getRepository(PolicyEntity);
  for (const { key, ...input } of seeds) {
    if (await repo.existsBy({ seedKey: key })) {
      unchanged++;
      continue;
    }
    const view = await createPolicy(manager, input, 'seed', key);
    await setStatus(manager, view.id, view.version, 'published', 'seed');
    inserted++;
  }
  return { inserted, unchanged };
}
