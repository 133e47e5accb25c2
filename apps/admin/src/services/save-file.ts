import type { DownloadedFile } from './api';

/** Hands a downloaded file to the browser as a download (a temporary object URL on a clicked link). */
export function saveFile({ blob, filename }: DownloadedFile): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // revoked after the click has been handled, or the download may never start
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
