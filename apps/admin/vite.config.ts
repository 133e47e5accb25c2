import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import enAdmin from '../../packages/i18n/locales/en/admin.json';
import enCommon from '../../packages/i18n/locales/en/common.json';
import jaAdmin from '../../packages/i18n/locales/ja/admin.json';
import jaCommon from '../../packages/i18n/locales/ja/common.json';
import zhAdmin from '../../packages/i18n/locales/zh-CN/admin.json';
import zhCommon from '../../packages/i18n/locales/zh-CN/common.json';
import { LANGUAGE_STORAGE_KEY } from './src/services/language-storage-key';

// Workspace packages are consumed from source (as tsconfig `paths` does for the type checker).
const workspaceSource = (path: string) => decodeURIComponent(new URL(`../../packages/${path}`, import.meta.url).pathname);

/**
 * The contracts package's only top-level effect is zod's `.meta({ id })` registry, which the
 * server's OpenAPI generator reads and the console never does. Marking its modules side-effect
 * free lets unused schemas, and zod with them, drop out of the first-load chunks (about 25 KB
 * gzip): the schemas the login and users forms need arrive with those lazy pages.
 */
function contractsWithoutSideEffects(): Plugin {
  const contracts = workspaceSource('contracts/src/');
  return {
    name: 'zhaoshang:contracts-without-side-effects',
    transform: {
      filter: { id: /packages\/contracts\/src\// },
      handler(code, id) {
        return id.startsWith(contracts) ? { code, moduleSideEffects: false } : null;
      },
    },
  };
}

/**
 * index.html paints a shell (title and skeleton) before any module loads, in the user's language:
 * its inline script gets the storage key the console remembers the language under and the texts
 * of the three languages, taken from packages/i18n here rather than copied into the page.
 */
function appShell(): Plugin {
  const texts = {
    'zh-CN': { title: zhAdmin['app.title'], loading: zhCommon['state.loading'] },
    en: { title: enAdmin['app.title'], loading: enCommon['state.loading'] },
    ja: { title: jaAdmin['app.title'], loading: jaCommon['state.loading'] },
  };
  // `<` escaped: the JSON sits inside a <script> element
  const shell = JSON.stringify({ key: LANGUAGE_STORAGE_KEY, texts }).replace(/</g, '\\u003c');
  return {
    name: 'zhaoshang:app-shell',
    transformIndexHtml(html) {
      if (!html.includes('__APP_SHELL__')) throw new Error('index.html has no __APP_SHELL__ for the shell texts');
      return html.replace('__APP_SHELL__', shell);
    },
  };
}

export default defineConfig({
  // The NestJS server serves the built console under /admin/ and the API under /api on the same origin.
  base: '/admin/',
  plugins: [react(), contractsWithoutSideEffects(), appShell()],
  resolve: {
    alias: {
      '@zhaoshang/contracts': workspaceSource('contracts/src/index.ts'),
      '@zhaoshang/i18n': workspaceSource('i18n/src/index.ts'),
      '@zhaoshang/api-client': workspaceSource('api-client/src/index.ts'),
    },
  },
  server: {
    host: '127.0.0.1',
    // 127.0.0.1 rather than localhost: Node may resolve localhost to ::1 while the server listens on IPv4.
    proxy: { '/api': { target: 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  preview: { host: '127.0.0.1' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
