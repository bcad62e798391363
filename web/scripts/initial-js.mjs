#!/usr/bin/env node
// The JavaScript a first visit needs before any page renders: the entry chunk and everything it
// imports statically (lazy route chunks excluded), gzip-compressed as the server sends it.
// Run after `vite build` (the build script does); exits non-zero over budget.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const initialJsBudget = 100; // kB, gzip

/** Walks Vite's build manifest from index.html through static imports. */
export function measureInitialJs(distDir) {
  const manifest = JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit('index.html');
  const bytes = [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(distDir, file))).length, 0);
  return { files: [...files], gzipKb: bytes / 1024 };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { files, gzipKb } = measureInitialJs(fileURLToPath(new URL('../dist', import.meta.url)));
  const line = `Initial JS: ${gzipKb.toFixed(1)} kB gzip (budget ${initialJsBudget} kB) in ${files.length} file(s)`;
  if (gzipKb > initialJsBudget) {
    console.error(`${line}: over budget. Load the new code lazily (a route or a dynamic import).`);
    process.exit(1);
  }
  console.log(line);
}
