import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // The examples import the package by name; tests run them against the source.
    alias: [
      { find: /^kyc-webhooks$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^kyc-webhooks\/types$/, replacement: fileURLToPath(new URL('./src/types.ts', import.meta.url)) },
      { find: /^kyc-webhooks\/(.+)$/, replacement: fileURLToPath(new URL('./src/$1/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/no-console.ts'],
    typecheck: {
      include: ['test/**/*.test-d.ts'],
      tsconfig: './tsconfig.json',
    },
  },
});
