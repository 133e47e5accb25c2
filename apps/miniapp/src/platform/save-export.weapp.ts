import Taro from '@tarojs/taro'

/**
 * A mini-program cannot hand a JSON file to the user (openDocument takes office files and PDF
 * only): the data is copied to the clipboard, and shown on the page as well.
 */
export const EXPORT_SAVE_KIND = 'copy' as const

export async function saveExport(json: string, _fileName: string): Promise<void> {
  await Taro.setClipboardData({ data: json })
}
