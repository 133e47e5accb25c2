import { ApiError, createApiClient, type HttpResponse, type Transport } from '@zhaoshang/api-client';
import type { ImportRequest, ImportResult, Language } from '@zhaoshang/contracts';
import type { AdminApi } from '../../services/api';

/** 0 … 1 of the request body sent. */
export type UploadProgress = (fraction: number) => void;

/**
 * A Transport over XMLHttpRequest: unlike fetch, it reports how much of the request body has gone
 * out. Answers are read as `fetchTransport` reads them, so the client's error contract holds.
 */
export function xhrTransport(onUpload: UploadProgress): Transport {
  return (request) =>
    new Promise<HttpResponse>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open(request.method, request.url);
      for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable && event.total > 0) onUpload(Math.min(1, event.loaded / event.total));
      };
      xhr.upload.onload = () => onUpload(1);
      xhr.onload = () => {
        let body: unknown = null;
        if (xhr.responseText) {
          try {
            body = JSON.parse(xhr.responseText);
          } catch {
            body = xhr.responseText;
          }
        }
        resolve({ status: xhr.status, body });
      };
      // the client turns a rejected transport into NETWORK, as it does for fetch
      xhr.onerror = () => reject(new TypeError('Network request failed'));
      xhr.onabort = () => reject(new TypeError('Request aborted'));
      xhr.send(request.body ?? null);
    });
}

export type ImportTarget = 'projects' | 'premises';

/**
 * Sends an import through the generated client (token, language, error contract) on the XHR
 * transport. A 401 goes through one call of the console's own client, which renews the session
 * or ends it by its rules, and then the file is sent once more.
 */
export async function sendImport(
  adminApi: AdminApi,
  getLanguage: () => Language,
  target: ImportTarget,
  body: ImportRequest,
  onUpload: UploadProgress,
): Promise<ImportResult> {
  const send = () => {
    const client = createApiClient({ baseUrl: '', transport: xhrTransport(onUpload), getLanguage, getAccessToken: () => adminApi.session.get()?.accessToken });
    return target === 'projects' ? client.adminImportProjects({ body }) : client.adminImportPremises({ body });
  };
  try {
    return await send();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    await adminApi.api.adminMe();
    onUpload(0);
    return send();
  }
}
