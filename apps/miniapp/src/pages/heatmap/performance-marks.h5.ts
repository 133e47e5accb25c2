/**
 * Marks for the browser test's timing (heatmap data in → first frame drawn); the browser's
 * performance timeline keeps them, readable with `performance.getEntriesByName`.
 */
export function markTime(name: 'heatmap:data' | 'heatmap:first-frame'): void {
  try {
    performance.mark(name)
  } catch {
    // no performance timeline: nothing to record
  }
}
