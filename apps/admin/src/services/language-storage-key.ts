/** Where the console remembers the UI language; index.html's shell reads it before any JavaScript loads. */
export const LANGUAGE_STORAGE_KEY = 'zhaoshang.admin.language';
