export type DocumentMeta = { title: string; description: string; siteName: string }

function setMeta(attribute: 'name' | 'property', key: string, content: string): void {
  let element = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`)
  if (!element) {
    element = document.createElement('meta')
    element.setAttribute(attribute, key)
    document.head.appendChild(element)
  }
  element.content = content
}

const OG_LOCALES: Record<string, string> = { 'zh-CN': 'zh_CN', en: 'en_US', ja: 'ja_JP' }

/**
 * The page's title, description and share-preview tags (Open Graph, Twitter) in the page's
 * language, for search results, bookmarks and the preview a messenger shows for a shared link.
 */
export function applyDocumentMeta({ title, description, siteName }: DocumentMeta): void {
  document.title = title
  setMeta('name', 'description', description)
  setMeta('property', 'og:title', title)
  setMeta('property', 'og:description', description)
  setMeta('property', 'og:site_name', siteName)
  setMeta('property', 'og:type', 'website')
  setMeta('property', 'og:locale', OG_LOCALES[document.documentElement.lang] ?? 'zh_CN')
  setMeta('name', 'twitter:card', 'summary')
  setMeta('name', 'twitter:title', title)
  setMeta('name', 'twitter:description', description)
}
