type Doc = Record<string, unknown>

/** Breadcrumb labels are the topic's name in the requested locale. */
export function generateTopicLabel(_docs: Doc[], doc: Doc): string {
  return typeof doc.name === 'string' ? doc.name : ''
}

/** Breadcrumb URLs are the path of slugs from the root topic: `/dau-tu/khu-cong-nghiep`. */
export function generateTopicURL(docs: Doc[]): string {
  return docs.map((doc) => (typeof doc.slug === 'string' ? `/${doc.slug}` : '')).join('')
}
