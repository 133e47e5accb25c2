import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LANGUAGES, resolveTranslation, type Language, type MetaResponse, type ReferenceItem, type Translated } from '@zhaoshang/contracts';
import type { DataSource } from 'typeorm';
import { AreaEntity } from './area.entity';
import { ReferenceItemEntity } from './reference-item.entity';
import { SettingEntity } from './setting.entity';

const LANGUAGE_NAMES: Record<Language, string> = { 'zh-CN': '简体中文', en: 'English', ja: '日本語' };

function pick(values: Translated, language: Language): { name: string; fallback: boolean } {
  const r = resolveTranslation(values, language);
  return { name: r?.value ?? '', fallback: r?.fallback ?? true };
}

@Injectable()
export class MetaService {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** Public reference lists; read each time so an edit on any replica shows at once. */
  async meta(language: Language): Promise<MetaResponse> {
    const [items, areas, settings] = await Promise.all([
      this.ds.getRepository(ReferenceItemEntity).find({ where: { active: true }, order: { sort: 'ASC', id: 'ASC' } }),
      this.ds.getRepository(AreaEntity).find({ order: { sort: 'ASC', id: 'ASC' } }),
      this.ds.getRepository(SettingEntity).find(),
    ]);
    const setting = (key: string) => settings.find((s) => s.key === key)?.value;
    const byKind = (kind: ReferenceItemEntity['kind']): ReferenceItem[] =>
      items
        .filter((i) => i.kind === kind)
        .map((i) => ({ code: i.code, ...pick(i.names, language), group: i.groupCode, min: i.rangeMin, max: i.rangeMax }));
    return {
      language,
      district: pick((setting('district.name') as Translated | undefined) ?? {}, language),
      industries: byKind('industry'),
      policyCategories: byKind('policyCategory'),
      enterpriseTypes: byKind('enterpriseType'),
      amountRanges: byKind('amountRange'),
      spaceKinds: byKind('spaceKind'),
      areas: areas.map((a) => ({ id: a.id, code: a.code, kind: a.kind, ...pick(a.names, language) })),
      languages: LANGUAGES.map((code) => ({ code, name: LANGUAGE_NAMES[code] })),
      sampleData: setting('demo.sampleData') === true,
    };
  }
}
