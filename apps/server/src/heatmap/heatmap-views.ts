import { resolveTranslation, type AdminPremises, type AdminProject, type Language, type Translated } from '@zhaoshang/contracts';
import type { z } from 'zod';
import type { premisesSummarySchema, projectSummarySchema } from '@zhaoshang/contracts';
import type { AreaEntity } from '../meta/area.entity';
import type { PremisesEntity } from './premises.entity';
import type { ProjectEntity } from './project.entity';

export type Namer = (kind: 'industry' | 'spaceKind', code: string, language: Language) => { name: string; fallback: boolean };

/** 万元 → 亿元 */
export const toYi = (wan: number) => wan / 10_000;
export const toWan = (yi: number) => Math.round(yi * 10_000);

export function localized(values: Translated, language: Language): { name: string; language: Language; fallback: boolean } {
  const r = resolveTranslation(values, language);
  return r ? { name: r.value, language: r.language, fallback: r.fallback } : { name: '', language: 'zh-CN', fallback: language !== 'zh-CN' };
}

export function projectSummary(p: ProjectEntity, language: Language, nameOf: Namer): z.infer<typeof projectSummarySchema> {
  return {
    id: p.id,
    code: p.code,
    ...localized(p.names, language),
    industry: { code: p.industry, name: nameOf('industry', p.industry, language).name },
    amount: toYi(p.amountWan),
    year: p.year,
    lat: p.lat,
    lng: p.lng,
    areaCode: p.areaCode,
    sample: p.sample,
  };
}

export function premisesSummary(p: PremisesEntity, language: Language, nameOf: Namer, areas: Map<string, AreaEntity>): z.infer<typeof premisesSummarySchema> {
  const area = p.areaCode ? areas.get(p.areaCode) : undefined;
  return {
    id: p.id,
    code: p.code,
    kind: p.kind,
    kindName: nameOf('spaceKind', p.kind, language).name,
    ...localized(p.names, language),
    area: area ? { code: area.code, name: localized(area.names, language).name } : null,
    lat: p.lat,
    lng: p.lng,
    totalArea: p.totalArea,
    availableArea: p.availableArea,
    priceMin: p.priceMin,
    priceMax: p.priceMax,
    priceUnit: p.priceUnit,
    plotRatio: p.plotRatio,
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    photos: p.photos,
    lastUpdated: p.lastUpdated,
    sample: p.sample,
  };
}

export function adminProject(p: ProjectEntity): AdminProject {
  return {
    id: p.id,
    version: p.version,
    code: p.code,
    names: p.names,
    industry: p.industry,
    amount: toYi(p.amountWan),
    year: p.year,
    lat: p.lat,
    lng: p.lng,
    areaCode: p.areaCode,
    sample: p.sample,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    updatedBy: p.updatedBy,
  };
}

export function adminPremises(p: PremisesEntity): AdminPremises {
  return {
    id: p.id,
    version: p.version,
    code: p.code,
    kind: p.kind,
    names: p.names,
    areaCode: p.areaCode,
    lat: p.lat,
    lng: p.lng,
    totalArea: p.totalArea,
    availableArea: p.availableArea,
    priceMin: p.priceMin,
    priceMax: p.priceMax,
    priceUnit: p.priceUnit,
    plotRatio: p.plotRatio,
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    photos: p.photos,
    lastUpdated: p.lastUpdated,
    sample: p.sample,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    updatedBy: p.updatedBy,
  };
}
