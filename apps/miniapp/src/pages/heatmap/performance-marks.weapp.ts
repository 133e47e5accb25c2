/** WeChat has no performance timeline for pages to mark: measured in the H5 browser test instead. */
export function markTime(_name: 'heatmap:data' | 'heatmap:first-frame'): void {}
