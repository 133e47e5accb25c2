import { fetchTransport } from '@zhaoshang/api-client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { App } from './app';
import { createConsole } from './console';
import { routes } from './routes';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

const shell = createConsole({ transport: fetchTransport(), storage: window.localStorage });
// BASE_URL is Vite's `base` ('/admin/'); the router wants it without the trailing slash.
const router = createBrowserRouter(routes, { basename: import.meta.env.BASE_URL.replace(/\/$/, '') || '/' });

createRoot(root).render(
  <StrictMode>
    <App {...shell} router={router} />
  </StrictMode>,
);
