import { LANGUAGES, type GuidePageInput } from '@zhaoshang/contracts';
import type { EntityManager } from 'typeorm';
import { GuidePageEntity } from '../guide-page.entity';
import { GUIDE_DOCUMENTS } from '../guide-writer';
import type { GuideSeedNode } from './guide-seed-data';

function inputOf(node: GuideSeedNode): GuidePageInput {
  return {
    sample: node.sample ?? false,
    translations: Object.fromEntries(
      LANGUAGES.map((l) => {
        const t = node.texts[l];
        return [l, { title: t.title, summary: t.summary, body: t.body ?? '', steps: t.steps ?? [], faqs: t.faqs ?? [], status: 'done' as const }];
      }),
    ),
  };
}

/**
 * Inserts and publishes the demo guide's sections and pages that are not there yet, each in its
 * place. An existing node is never touched: once seeded, its content and place belong to the
 * editors, and a second run changes nothing.
 */
export async function seedGuide(manager: EntityManager, seeds: GuideSeedNode[]): Promise<{ inserted: number; unchanged: number }> {
  let inserted = 0;
  let unchanged = 0;
  const repo = manager.getRepository(GuidePageEntity);
  const put = async (node: GuideSeedNode, parentId: number | null, sort: number): Promise<number> => {
    const existing = await repo.findOne({ where: { seedKey: node.key }, select: { id: true } });
    if (existing) {
      unchanged++;
      return existing.id;
    }
    const view = await GUIDE_DOCUMENTS.create(manager, inputOf(node), 'seed', { seedKey: node.key, kind: node.kind, slug: node.slug, parentId, sort });
    await GUIDE_DOCUMENTS.setStatus(manager, view.id, view.version, 'published', 'seed');
    inserted++;
    return view.id;
  };
  for (const [i, section] of seeds.entries()) {
    const id = await put(section, null, i);
    for (const [j, page] of (section.pages ?? []).entries()) await put(page, id, j);
  }
  return { inserted, unchanged };
}
