/**
 * `astro check` exits 0 without checking anything when @astrojs/check cannot be loaded
 * (seen here when a peer dependency was missing). Fail loudly instead.
 */
try {
  await import('@astrojs/check');
  await import('typescript');
} catch (error) {
  console.error(`Type-checking tools cannot be loaded: ${(error as Error).message}\nRun npm ci again; see README.`);
  process.exit(1);
}
export {};
