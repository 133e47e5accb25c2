export type DocumentMeta = { title: string; description: string; siteName: string }

/** A mini-program page has no document head: WeChat's share card comes from useShareAppMessage. */
export function applyDocumentMeta(_meta: DocumentMeta): void {}
