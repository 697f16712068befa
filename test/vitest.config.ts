import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    globalSetup: ['test/globalSetup.ts'],
    include: ['test/**/*.test.ts', 'channels/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // PGlite instances are memory-hungry to boot; two workers match this machine's cores.
    pool: 'forks',
    maxWorkers: 2,
  },
})
