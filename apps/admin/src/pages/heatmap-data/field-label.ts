import type { TFunction } from 'i18next';

/** A field's name for people, from its dotted path: `names.en` is "Name (English)", `photos.2` "Photos". */
export function fieldLabel(path: string, t: TFunction): string {
  const [head, second] = path.split('.');
  if (head === 'names' && second) return t('field.nameIn', { language: t(`common:language.${second}`) });
  return t(`field.${head ?? path}`, { defaultValue: path });
}
