import { fileURLToPath } from 'node:url';
import vue from '@vitejs/plugin-vue';
import type { Plugin, Rollup } from 'vite';
import { defineConfig } from 'vitest/config';
import { LANDING_QUERIES } from './src/graphql/landingQueries';

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

/**
 * Pages people land on from outside (shared links), by path (as in router.ts). index.html
 * preloads the current one's code while the entry loads, instead of after it ran.
 */
const LANDING_PAGES: Record<string, string> = {
  '^/$': 'src/pages/HomePage.vue',
  '^/b/[^/]+/?$': 'src/pages/BoardPage.vue',
  '^/ideas/[^/]+/?$': 'src/pages/IdeaPage.vue',
};

/** The entry chunk and its static imports: what every first visit loads. */
function initialFiles(bundle: Rollup.OutputBundle): Set<string> {
  const entry = Object.values(bundle).find((item) => item.type === 'chunk' && item.isEntry);
  return new Set(entry?.type === 'chunk' ? [entry.fileName, ...entry.imports] : []);
}

/** A landing page's own chunks (its chunk and what it imports), without the initial ones. */
function landingPageFiles(bundle: Rollup.OutputBundle, page: string): string[] {
  const initial = initialFiles(bundle);
  const files = new Set<string>();
  const visit = (fileName: string) => {
    if (files.has(fileName) || initial.has(fileName)) return;
    files.add(fileName);
    const chunk = bundle[fileName];
    if (chunk?.type === 'chunk') chunk.imports.forEach(visit);
  };
  const chunk = Object.values(bundle).find((item) => item.type === 'chunk' && item.facadeModuleId?.endsWith(page));
  if (chunk) visit(chunk.fileName);
  return [...files];
}

function preloadLandingPage(): Plugin {
  return {
    name: 'chorus:preload-landing-page',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const filesOf = (page: string) => landingPageFiles(bundle, page).map((file) => `/${file}`);
        const table = Object.entries(LANDING_PAGES).map(([path, page]) => [path, filesOf(page)]);
        const script = `<script>(function(){var t=${JSON.stringify(table)};for(var i=0;i<t.length;i++)if(new RegExp(t[i][0]).test(location.pathname)){t[i][1].forEach(function(h){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=h;document.head.appendChild(l)});break}})()</script>`;
        return html.replace('</title>', `</title>\n    ${script}`);
      },
    },
  };
}

/**
 * Marks the code a first visit runs at once (the initial chunks and the landing pages') with
 * V8's explicit compile hint: Chromium then compiles all of a file's functions on a background
 * thread while it downloads, instead of each on the main thread the first time the app's mount
 * calls it. On a phone-speed CPU that took about a third off the board's blocking time.
 * https://v8.dev/blog/explicit-compile-hints
 */
function compileHints(): Plugin {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'chorus:compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const files = new Set(initialFiles(bundle));
        for (const page of Object.values(LANDING_PAGES))
          landingPageFiles(bundle, page).forEach((file) => files.add(file));
        for (const file of files) {
          const chunk = bundle[file];
          if (chunk?.type !== 'chunk') continue;
          chunk.code = HINT + chunk.code;
          // The code moved down one line: so do its source map's mappings.
          const map = bundle[`${file}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const parsed = JSON.parse(map.source) as { mappings: string };
            map.source = JSON.stringify({ ...parsed, mappings: `;${parsed.mappings}` });
          }
        }
      },
    },
  };
}

/**
 * Writes the texts of the landing pages' first queries (those web/src/prefetch.ts starts) to
 * prefetch-documents.json: the API answers them while serving index.html and embeds the data.
 */
function prefetchDocuments(): Plugin {
  return {
    name: 'chorus:prefetch-documents',
    apply: 'build',
    generateBundle() {
      const texts = Object.fromEntries(
        Object.entries(LANDING_QUERIES).map(([name, document]) => [name, document.toString()]),
      );
      this.emitFile({ type: 'asset', fileName: 'prefetch-documents.json', source: JSON.stringify(texts) });
    },
  };
}

/** Where `npm run dev -w api` listens; the dev server forwards API paths there. */
const API_ORIGIN = process.env.CHORUS_API_ORIGIN ?? 'http://localhost:3000';
// Keep the browser's Host header: the API then sees the same origin in Host and Origin,
// as it will behind the production same-origin setup (cookies, CSRF checks).
const apiProxy = { target: API_ORIGIN, changeOrigin: false };

export default defineConfig({
  plugins: [vue(), inlineCss(), preloadLandingPage(), compileHints(), prefetchDocuments()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      // ws: graphql-ws (the notificationAdded subscription) upgrades on the same path.
      '/graphql': { ...apiProxy, ws: true },
      '/health': apiProxy,
      '/ready': apiProxy,
      '/feeds': apiProxy,
      '/unsubscribe': apiProxy,
      '/analytics': apiProxy,
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
