import { resolveTranslation, type AdminConcierge, type ConciergeProfile, type Language, type Translated } from '@zhaoshang/contracts';
import type { ConciergeEntity } from './concierge.entity';
import { presenceAt } from './presence';

/** Names of industry and area codes in a language (the code itself when unknown). */
export type CodeNames = { industry(code: string): string; area(code: string): string };

/**
 * Name, title and bio in the reader's language along the fallback chain. `language` is the one
 * they are in: the one asked for, else the first fallback any of them needed.
 */
export function conciergeTexts(c: Pick<ConciergeEntity, 'code' | 'names' | 'titles' | 'bios'>, language: Language) {
  const name = resolveTranslation(c.names, language);
  const title = resolveTranslation(c.titles, language);
  const bio = c.bios ? resolveTranslation(c.bios, language) : undefined;
  const used = [name, title, bio].find((r) => r?.fallback)?.language ?? language;
  return { name: name?.value ?? c.code, title: title?.value ?? '', bio: bio?.value ?? null, language: used, fallback: used !== language };
}

/** What an investor sees: public contact details only, never the staff account behind the profile. */
export function conciergeProfile(c: ConciergeEntity, language: Language, names: CodeNames, now: Date): ConciergeProfile {
  return {
    id: c.id,
    ...conciergeTexts(c, language),
    photoUrl: c.photoUrl,
    languages: c.languages,
    industries: c.industries.map((code) => ({ code, name: names.industry(code) })),
    areas: c.areas.map((code) => ({ code, name: names.area(code) })),
    phone: c.phone,
    wechatId: c.wechatId,
    officeHours: { days: c.officeHours.days, from: c.officeHours.from, to: c.officeHours.to, timezone: c.officeHours.timezone },
    presence: presenceAt(c.officeHours, now),
    sample: c.sample,
  };
}

const copy = (t: Translated | null): Translated => ({ ...(t ?? {}) });

export function adminConcierge(c: ConciergeEntity, language: Language, extra: { openLeads: number; staffUsername: string | null }, now: Date): AdminConcierge {
  return {
    id: c.id,
    name: conciergeTexts(c, language).name,
    languages: c.languages,
    industries: c.industries,
    active: c.active,
    staffUserId: c.staffUserId,
    staffUsername: extra.staffUsername,
    version: c.version,
    code: c.code,
    names: copy(c.names),
    titles: copy(c.titles),
    bios: copy(c.bios),
    areas: c.areas,
    phone: c.phone,
    wechatId: c.wechatId,
    officeHours: { days: c.officeHours.days, from: c.officeHours.from, to: c.officeHours.to, timezone: c.officeHours.timezone },
    photoUrl: c.photoUrl,
    sort: c.sort,
    sample: c.sample,
    openLeads: extra.openLeads,
    presence: presenceAt(c.officeHours, now),
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    updatedBy: c.updatedBy,
  };
}

/** Blank translations are missing ones: stored without them, so readers fall back. */
export function cleanTranslated(t: Partial<Record<Language, string | undefined>>): Translated {
  return Object.fromEntries(Object.entries(t).filter(([, v]) => typeof v === 'string' && v.trim() !== '')) as Translated;
}
