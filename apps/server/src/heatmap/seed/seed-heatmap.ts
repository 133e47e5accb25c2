import type { Translated } from '@zhaoshang/contracts';
import { In, type EntityManager, type ObjectLiteral, type Repository } from 'typeorm';
import { bumpRevision } from '../../content/content-revision';
import { HEATMAP_SCOPE } from '../heatmap-catalog';
import { toWan } from '../heatmap-views';
import { PremisesEntity } from '../premises.entity';
import { ProjectEntity } from '../project.entity';
import { areaGeometry, seedPremises, seedProjects } from './heatmap-seed-data';

type Counts = { inserted: number; unchanged: number };

async function insertMissing(repo: Repository<ObjectLiteral>, rows: ({ code: string } & ObjectLiteral)[]): Promise<Counts> {
  const existing = new Set((await repo.find({ where: { code: In(rows.map((r) => r.code)) }, select: { id: true, code: true } })).map((r) => r.code as string));
  const missing = rows.filter((r) => !existing.has(r.code));
  for (let i = 0; i < missing.length; i += 200) await repo.createQueryBuilder().insert().values(missing.slice(i, i + 200)).updateEntity(false).execute();
  return { inserted: missing.length, unchanged: rows.length - missing.length };
}

/**
 * Sample projects and premises, inserted by code only when missing: once seeded they belong to
 * the editors, so a second run changes nothing (and bumps no revision).
 */
export async function seedHeatmap(tx: EntityManager, industries: { code: string; names: Translated }[], areas: { code: string; names: Translated }[]): Promise<Counts> {
  const geometry = areaGeometry();
  // projects and premises go to towns, streets and zones; the district outline holds them all anyway
  const places = areas.filter((a) => geometry[a.code] && a.code !== 'xiangcheng');
  const projects = seedProjects(industries, places, geometry).map(({ amount, ...p }) => ({ ...p, amountWan: toWan(amount), version: 1, updatedBy: null }));
  const premises = seedPremises(places, geometry).map((p) => ({ ...p, version: 1, updatedBy: null }));
  const a = await insertMissing(tx.getRepository(ProjectEntity), projects);
  const b = await insertMissing(tx.getRepository(PremisesEntity), premises);
  if (a.inserted + b.inserted > 0) await bumpRevision(tx, HEATMAP_SCOPE);
  return { inserted: a.inserted + b.inserted, unchanged: a.unchanged + b.unchanged };
}
