/** The browser saves the export as a file in its downloads. */
export const EXPORT_SAVE_KIND = 'download' as const

export async function saveExport(json: string, fileName: string): Promise<void> {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.appendChild(link)
  link.click()
  link.remove()
  // after the click has handed the file to the browser
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
