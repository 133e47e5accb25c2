/**
 * WeChat's own navigation bar has the back button, and a home button on a page opened first (a
 * shared card, a scanned code): nothing to add in the page.
 */
export function PageNav(_props: { title: string }) {
  return null
}
