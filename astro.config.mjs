// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import contentValidation from './src/tooling/astro-integration.ts';

/**
 * The public base URL, set in this one place: citations, feeds and the offline archive use it. Until the atlas has a
 * home the default is a placeholder under the reserved `.example` domain, which every citation then shows; set
 * ATLAS_SITE_URL (e.g. `ATLAS_SITE_URL=https://atlas.example.org/ npm run build`) to publish.
 */
export const PLACEHOLDER_SITE = 'https://export-control-atlas.example/';
export const SITE = process.env.ATLAS_SITE_URL || PLACEHOLDER_SITE;

export default defineConfig({
  site: SITE,
  trailingSlash: 'always',
  // Stylesheets and scripts are files, never inline, so the Content-Security-Policy needs no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  integrations: [contentValidation(), mdx()],
  devToolbar: { enabled: false },
});
