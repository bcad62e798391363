import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vitest/config';

/** Where `npm run dev -w api` listens; the dev server forwards API paths there. */
const API_ORIGIN = process.env.CHORUS_API_ORIGIN ?? 'http://localhost:3000';
// Keep the browser's Host header: the API then sees the same origin in Host and Origin,
// as it will behind the production same-origin setup (cookies, CSRF checks).
const apiProxy = { target: API_ORIGIN, changeOrigin: false };

export default defineConfig({
  plugins: [vue()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      '/graphql': { ...apiProxy, ws: true },
      '/health': apiProxy,
      '/ready': apiProxy,
      '/feeds': apiProxy,
      '/analytics': apiProxy,
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.spec.ts'],
    restoreMocks: true,
    unstubGlobals: true,
    reporters: [
      'default',
      ['json', { outputFile: fileURLToPath(new URL('../reports/web-vitest.json', import.meta.url)) }],
    ],
  },
});
