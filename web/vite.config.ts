import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Puts the app's one stylesheet (cssCodeSplit is off) inline in index.html: the first paint
 * then waits for no CSS request, and pages opened later need no CSS of their own.
 */
function inlineCss(): Plugin {
  return {
    name: 'chorus:inline-css',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        return html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)">/g, (tag, file: string) => {
          const asset = bundle?.[file];
          if (asset?.type !== 'asset') return tag;
          return `<style>${String(asset.source)}</style>`;
        });
      },
    },
  };
}

/** Where `npm run dev -w api` listens; the dev server forwards API paths there. */
const API_ORIGIN = process.env.CHORUS_API_ORIGIN ?? 'http://localhost:3000';
// Keep the browser's Host header: the API then sees the same origin in Host and Origin,
// as it will behind the production same-origin setup (cookies, CSRF checks).
const apiProxy = { target: API_ORIGIN, changeOrigin: false };

export default defineConfig({
  plugins: [vue(), inlineCss()],
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
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    // Read by scripts/initial-js.mjs to measure what a first visit downloads.
    manifest: true,
    cssCodeSplit: false,
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
