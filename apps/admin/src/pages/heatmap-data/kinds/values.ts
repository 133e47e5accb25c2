import { LANGUAGES, type Language, type Translated } from '@zhaoshang/contracts';

/** Every language present in the form, empty where there is no name yet. */
export const namesValues = (names: Translated): Record<Language, string> => Object.fromEntries(LANGUAGES.map((l) => [l, names[l] ?? ''])) as Record<Language, string>;

/** Only the languages that have a name: an empty translation is a missing one. */
export const namesInput = (names: Record<Language, string>): Translated => Object.fromEntries(LANGUAGES.flatMap((l) => (names[l]?.trim() ? [[l, names[l]]] : [])));

/** A field left empty: `undefined`, which the schema reports as `required`. */
export const required = <T>(value: T | null | undefined): T | undefined => value ?? undefined;
