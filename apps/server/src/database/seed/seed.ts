import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ConciergeEntity } from '../../concierges/concierge.entity';
import { AssignmentRuleEntity } from '../../intents/intent.entity';
import type { Language } from '@zhaoshang/contracts';
import { AreaEntity } from '../../meta/area.entity';
import { ReferenceItemEntity } from '../../meta/reference-item.entity';
import { SettingEntity } from '../../meta/setting.entity';
import { POLICY_SEEDS } from '../../policies/seed/policy-seed-data';
import { seedPolicies } from '../../policies/seed/seed-policies';
import { GUIDE_SEEDS } from '../../guide/seed/guide-seed-data';
import { seedGuide } from '../../guide/seed/seed-guide';
import { areaGeometry } from '../../heatmap/seed/heatmap-seed-data';
import { seedHeatmap } from '../../heatmap/seed/seed-heatmap';
import { AREAS, CONCIERGES, DISTRICT_NAME, DISTRICT_AREA, INDUSTRIES, REFERENCE_ITEMS } from './reference-data';

export type SeedReport = { inserted: number; updated: number; unchanged: number };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Inserts or updates each row by its natural key and leaves identical rows untouched,
 * so running the seed twice changes nothing (not even updated_at).
 */
async function upsert<E extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<E>,
  rows: Partial<E>[],
  keyOf: (row: Partial<E>) => Partial<E>,
  report: SeedReport,
  { insertOnly = false }: { insertOnly?: boolean } = {},
): Promise<void> {
  const repo = manager.getRepository(entity);
  for (const row of rows) {
    const existing = await repo.findOneBy(keyOf(row) as never);
    if (!existing) {
      await repo.insert(row as never);
      report.inserted++;
      continue;
    }
    // rows admins edit in the console (concierges) are theirs once seeded
    if (insertOnly) {
      report.unchanged++;
      continue;
    }
    const changed = Object.entries(row).filter(([k, v]) => !same(existing[k as keyof E], v));
    if (changed.length === 0) {
      report.unchanged++;
      continue;
    }
    await repo.update(keyOf(row) as never, Object.fromEntries(changed) as never);
    report.updated++;
  }
}

export async function seed(ds: DataSource): Promise<SeedReport> {
  const report: SeedReport = { inserted: 0, updated: 0, unchanged: 0 };
  const geometry = areaGeometry();
  await ds.transaction(async (tx) => {
    await upsert(tx, SettingEntity, [
      { key: 'district.name', value: DISTRICT_NAME },
      { key: 'demo.sampleData', value: true },
    ], (r) => ({ key: r.key }), report);
    await upsert(
      tx,
      ReferenceItemEntity,
      REFERENCE_ITEMS.map((item, i) => ({
        kind: item.kind,
        code: item.code,
        names: item.names,
        groupCode: item.group ?? null,
        rangeMin: item.min ?? null,
        rangeMax: item.max ?? null,
        sort: i,
        active: true,
      })),
      (r) => ({ kind: r.kind, code: r.code }),
      report,
    );
    await upsert(
      tx,
      AreaEntity,
      [DISTRICT_AREA, ...AREAS].map((a, i) => {
        const shape = geometry[a.code];
        return {
          code: a.code,
          kind: a.kind,
          names: a.names,
          descriptions: a.descriptions ?? null,
          polygon: shape?.polygon ?? null,
          centerLat: shape?.center[0] ?? null,
          centerLng: shape?.center[1] ?? null,
          sort: i,
          // the outlines are generated: an area drawn with one is sample data
          sample: a.sample || shape !== undefined,
        };
      }),
      (r) => ({ code: r.code }),
      report,
    );
    await upsert(
      tx,
      ConciergeEntity,
      CONCIERGES.map((c, i) => ({
        code: c.code,
        names: c.names,
        titles: c.titles,
        bios: c.bios,
        languages: c.languages,
        industries: c.industries,
        areas: c.areas,
        phone: c.phone,
        wechatId: c.wechatId,
        officeHours: { days: [1, 2, 3, 4, 5], from: '08:30', to: '17:30', timezone: 'Asia/Shanghai' },
        photoUrl: null,
        active: true,
        sample: true,
        sort: i,
      })),
      (r) => ({ code: r.code }),
      report,
      { insertOnly: true },
    );
    await seedAssignmentRules(tx, report);
    const heatmap = await seedHeatmap(tx, INDUSTRIES, [DISTRICT_AREA, ...AREAS]);
    report.inserted += heatmap.inserted;
    report.unchanged += heatmap.unchanged;
    const policies = await seedPolicies(tx, POLICY_SEEDS);
    report.inserted += policies.inserted;
    report.unchanged += policies.unchanged;
    const guide = await seedGuide(tx, GUIDE_SEEDS);
    report.inserted += guide.inserted;
    report.unchanged += guide.unchanged;
  });
  return report;
}

/**
 * Starting routing rules from the sample concierges (only into an empty table: admins edit them):
 * industry + foreign language first (a Japanese-speaking biomedicine investor gets a Japanese
 * speaker who covers biomedicine), then industry alone, then language alone.
 */
async function seedAssignmentRules(tx: EntityManager, report: SeedReport): Promise<void> {
  const rules = tx.getRepository(AssignmentRuleEntity);
  const existing = await rules.count();
  if (existing > 0) {
    report.unchanged += existing;
    return;
  }
  const concierges = await tx.getRepository(ConciergeEntity).find({ where: { active: true }, order: { id: 'ASC' } });
  const industries = REFERENCE_ITEMS.filter((r) => r.kind === 'industry').map((r) => r.code);
  const rows: Partial<AssignmentRuleEntity>[] = [];
  const add = (industry: string | null, language: Language | null) => {
    const ids = concierges.filter((c) => (industry === null || c.industries.includes(industry)) && (language === null || c.languages.includes(language))).map((c) => c.id);
    if (ids.length) rows.push({ industry, language, conciergeIds: ids, sort: rows.length });
  };
  for (const industry of industries) for (const language of ['ja', 'en'] as const) add(industry, language);
  for (const industry of industries) add(industry, null);
  for (const language of ['ja', 'en'] as const) add(null, language);
  if (rows.length) await rules.insert(rows as never);
  report.inserted += rows.length;
}
