// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentValidation from './src/tooling/astro-integration.ts';

export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  integrations: [contentValidation(), mdx()],
  devToolbar: { enabled: false },
});
