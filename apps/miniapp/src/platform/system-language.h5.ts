/** The browser's preferred languages, most preferred first, as an Accept-Language-like list. */
export function systemLanguageTag(): string | undefined {
  const list = navigator.languages?.length ? navigator.languages : [navigator.language]
  return list.filter(Boolean).join(',') || undefined
}
