// The packaged extension driven through the workbench in Chromium, as a user
// would: open the seed program, read counts and CodeLens, hover a name, apply
// a quick fix, open the heap panel; screenshots for the README.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS } from './extHostTests.mjs';
import panelUi from './panelUi.mjs';

export async function runUiTest({ base, workspace, shots }) {
  fs.mkdirSync(shots, { recursive: true });
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rcl-ui-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1400, height: 860 },
    env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile }, args: CHROMIUM_ARGS,
  });
  const page = context.pages()[0] ?? await context.newPage();
  let passed = 0;
  let failed = 0;
  const check = async (name, fn) => {
    try {
      await fn();
      passed++;
      console.log(`  ✓ ${name}`);
    } catch (e) {
      failed++;
      console.log(`  ✗ ${name}: ${String(e?.message ?? e).split('\n')[0]}`);
      try { await page.screenshot({ path: path.join(os.tmpdir(), `rcl-ui-fail-${passed + failed}.png`) }); } catch { /* best effort */ }
    }
  };
  const openFile = async (name) => {
    await page.mouse.move(5, 400);
    await page.keyboard.press('Escape');
    await page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${name}"]`).dblclick();
    await page.waitForSelector(`.tab.active[aria-label*="${name}"]`, { timeout: 15000 });
  };
  /** Inlay hint text lives in generated CSS rules (::after content), not in the DOM text. */
  const inlineShows = async (text) => {
    try {
      // Monaco renders spaces in injected text as no-break spaces.
      await page.waitForFunction((t) => document.querySelector('.view-lines')?.textContent?.replace(/\u00a0/g, ' ').includes(t)
        || [...document.styleSheets].some((s) => { try { return [...s.cssRules].some((r) => r.cssText.includes(t)); } catch { return false; } }), text, { timeout: 20000 });
    } catch (e) {
      const html = await page.evaluate(() => document.querySelector('.view-lines')?.innerHTML.slice(0, 1500));
      throw new Error(`${e.message} — view-lines: ${html}`);
    }
  };
  /** Hovers the centre of the first editor token whose text is `word`. */
  const hoverWord = async (word) => {
    const box = await page.evaluate((w) => {
      const el = [...document.querySelectorAll('.view-line span span')].find((e) => e.textContent?.trim() === w);
      const r = el?.getBoundingClientRect();
      return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : undefined;
    }, word);
    if (!box) throw new Error(`no token ${word}`);
    await page.mouse.move(box.x, box.y);
  };
  try {
    await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60000 });
    await page.waitForTimeout(1500);

    await check('counts appear inline in the seed program', async () => {
      await openFile('cycles.py');
      await inlineShows('lst: refcnt 2');
      await inlineShows('alias: refcnt 2');
    });
    await check('CodeLens names the cycle', async () => {
      await page.waitForFunction(() => [...document.querySelectorAll('.codelens-decoration')].some((e) => e.textContent?.includes('cycle: lst[0] → lst')), null, { timeout: 20000 });
      await page.waitForTimeout(600);
      await page.screenshot({ path: path.join(shots, 'editor.png') });
    });
    await check('hovering a name shows its holders', async () => {
      await hoverWord('alias');
      await page.waitForFunction(() => [...document.querySelectorAll('.monaco-hover, .monaco-hover-content')].some((h) => h.textContent?.includes('held by')), null, { timeout: 10000 });
      await page.waitForTimeout(400);
      await page.screenshot({ path: path.join(shots, 'hover.png') });
      await page.keyboard.press('Escape');
    });
    await check('a quick fix rewrites a self-bound method', async () => {
      await openFile('button.py');
      await page.waitForFunction(() => document.querySelectorAll('.squiggly-warning').length > 0, null, { timeout: 20000 });
      await page.locator('.view-line', { hasText: 'self.cb = self.go' }).click();
      await page.keyboard.press('Control+.');
      await page.waitForFunction(() => document.body.textContent?.includes('Store a weakref.WeakMethod instead'), null, { timeout: 10000 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(shots, 'quick-fix.png') });
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelector('.view-lines')?.textContent?.includes('weakref.WeakMethod(self.go)'), null, { timeout: 10000 });
    });
    const webview = () => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    const runCommand = async (title) => {
      await page.keyboard.press('F1');
      await page.waitForSelector('.quick-input-widget', { state: 'visible' });
      await page.keyboard.type(title);
      await page.waitForSelector('.quick-input-list .monaco-list-row');
      await page.keyboard.press('Enter');
    };
    await check('the heap panel opens from the command palette and follows the cursor', async () => {
      await openFile('cycles.py');
      await page.locator('.view-line', { hasText: 'lst.append(lst)' }).click();
      await runCommand('Refcount Lens: Show Heap Panel');
      await page.waitForSelector('.tab[aria-label*="Heap"]', { timeout: 15000 });
      await webview().locator('#title', { hasText: 'after line 3' }).waitFor({ timeout: 20000 });
      await webview().locator('g.node.cycle', { hasText: 'refcnt 2' }).waitFor({ timeout: 10000 });
      await page.locator('.view-line', { hasText: 'alias = data' }).first().click();
      await webview().locator('#title', { hasText: 'after line 5' }).waitFor({ timeout: 10000 });
      await page.waitForTimeout(800);
      await page.screenshot({ path: path.join(shots, 'panel-in-vscode.png') });
    });
    await check('Simulate GC plays the collector in the panel: gc.collect() → 1', async () => {
      await page.locator('.view-line', { hasText: 'found = gc.collect()' }).click();
      await runCommand('Refcount Lens: Simulate GC at Cursor');
      await webview().locator('#phase', { hasText: 'update refs' }).waitFor({ timeout: 20000 });
      const steps = Number((await webview().locator('#phase').textContent()).split('/')[1].split(' ')[0]);
      for (let i = 1; i < steps; i++) await webview().locator('#next').click();
      await webview().locator('#result', { hasText: 'gc.collect() → 1' }).waitFor({ timeout: 10000 });
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(shots, 'film-in-vscode.png') });
    });
    // The panel's own walk-through on the seed article (checks counted here),
    // from a clean workbench: one editor group, no panel.
    await page.keyboard.press('Escape');
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget', { state: 'visible' });
    await page.keyboard.type('View: Close All Editor Groups');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Close All Editor Groups' }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('.tab').length === 0, null, { timeout: 10000 });
    const p = await panelUi(page, { shots });
    console.log(`panel-ui: ${p.passed} passed, ${p.failed} failed`);
    passed += p.passed;
    failed += p.failed;
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
  return { passed, failed };
}
