/** Serves the built site once for all browser tests, on a free loopback port. */
import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { freePort } from '../../scripts/local-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
  }
}

export default async function setup(project: TestProject) {
  const port = await freePort();
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
  project.provide('origin', `http://127.0.0.1:${port}`);
  return async () => server.stop();
}
