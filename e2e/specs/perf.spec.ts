import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { DEMO_BOARD, expect, test } from '../fixtures';

/**
 * Lab figures in place of Lighthouse (not installed): Chromium's own Performance APIs under
 * phone conditions — 360×740, 4× CPU slowdown and a "fast 3G"-like network through CDP.
 * Asserts CLS < 0.05 and writes every figure to reports/e2e-perf.json and the test report.
 */
const REPORT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'reports', 'e2e-perf.json');
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

interface Figures {
  page: string;
  lcpMs: number;
  cls: number;
  /** Each layout shift: its score, time and the elements that moved. */
  shifts: string[];
  jsTransferBytes: number;
  jsRequests: number;
  domContentLoadedMs: number;
  loadMs: number;
}

const results: Figures[] = [];

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });

async function measure(page: Page, path: string, ready: () => Promise<void>): Promise<Figures> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });

  // Observers start before any page script, so nothing is missed.
  await page.addInitScript(() => {
    const state = { lcp: 0, cls: 0, shifts: [] as string[] };
    (window as unknown as { __perf: typeof state }).__perf = state;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) state.lcp = entry.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
        if (entry.hadRecentInput) continue;
        state.cls += entry.value;
        const sources = (entry as unknown as { sources?: Array<{ node?: Node | null }> }).sources ?? [];
        const names = sources.map((source) => {
          const node = source.node;
          if (!(node instanceof Element)) return node?.nodeName ?? '?';
          return `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ').join('.')}` : ''}`;
        });
        state.shifts.push(`${entry.value.toFixed(4)} @${Math.round(entry.startTime)}ms: ${names.join(', ')}`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });

  await page.goto(path, { waitUntil: 'load' });
  await ready();
  // Let late shifts (fonts, images, data) land; then read the figures.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 1000))));
  const figures = await page.evaluate(() => {
    const perf = (window as unknown as { __perf: { lcp: number; cls: number; shifts: string[] } }).__perf;
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const scripts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'),
    );
    const initial = scripts.filter((entry) => entry.startTime <= navigation.loadEventEnd);
    return {
      lcpMs: Math.round(perf.lcp),
      cls: Number(perf.cls.toFixed(4)),
      shifts: perf.shifts,
      jsTransferBytes: initial.reduce((sum, entry) => sum + entry.transferSize, 0),
      jsRequests: initial.length,
      domContentLoadedMs: Math.round(navigation.domContentLoadedEventEnd),
      loadMs: Math.round(navigation.loadEventEnd),
    };
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  return { page: path, ...figures };
}

test.describe('performance on a phone', () => {
  test.afterAll(() => {
    mkdirSync(dirname(REPORT), { recursive: true });
    writeFileSync(
      REPORT,
      JSON.stringify({ conditions: { viewport: '360x740', cpuSlowdown: 4, network: NETWORK }, results }, null, 2),
    );
  });

  test('the board page loads without layout shift', async ({ page }, testInfo) => {
    const figures = await measure(page, `/b/${DEMO_BOARD.slug}`, () =>
      expect(page.getByTestId('idea-card').first()).toBeVisible(),
    );
    results.push(figures);
    await testInfo.attach('perf-board.json', {
      body: JSON.stringify(figures, null, 2),
      contentType: 'application/json',
    });
    expect(figures.cls).toBeLessThan(0.05);
    expect(figures.lcpMs).toBeGreaterThan(0);
  });

  test('an idea page loads without layout shift', async ({ page, api }, testInfo) => {
    const [first] = (await api.ideas(DEMO_BOARD.slug, 'TOP', 1)).ideas;
    const figures = await measure(page, `/ideas/${first!.id}`, () =>
      expect(page.getByRole('heading', { level: 1 })).toHaveText(first!.title),
    );
    results.push({ ...figures, page: '/ideas/:id' });
    await testInfo.attach('perf-idea.json', {
      body: JSON.stringify(figures, null, 2),
      contentType: 'application/json',
    });
    expect(figures.cls).toBeLessThan(0.05);
    expect(figures.lcpMs).toBeGreaterThan(0);
  });
});
