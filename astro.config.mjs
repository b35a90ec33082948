// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentValidation from './src/tooling/astro-integration.ts';

export default defineConfig({
  trailingSlash: 'always',
  // Stylesheets and scripts are files, never inline, so the Content-Security-Policy needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [contentValidation(), mdx()],
  devToolbar: { enabled: false },
});
