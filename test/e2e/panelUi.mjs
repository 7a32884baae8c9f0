// The heap panel driven through the real workbench (code-server in Chromium),
// as a user would: open the seed article's program, open the panel from the
// command palette, move the cursor, click an object, play Simulate GC to its
// end, and read the text inside the webview. Called by the e2e runner:
//
//   import panelUi from './panelUi.mjs';
//   const r = await panelUi(page, { shots });   // → { passed, failed }
//
// `page` is a Playwright page already showing the workbench on a folder that
// holds examples/seed.py as `seed.py` (override with helpers.file). Optional
// helpers: shots (screenshot folder; default docs/images), file, log.
import path from 'node:path';
import os from 'node:os';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

export default async function panelUi(page, helpers = {}) {
  const shots = helpers.shots ?? path.join(root, 'docs', 'images');
  const file = helpers.file ?? 'seed.py';
  const log = helpers.log ?? ((s) => console.log(s));
  let passed = 0;
  let failed = 0;
  const check = async (name, fn) => {
    try {
      await fn();
      passed++;
      log(`  ✓ panel: ${name}`);
    } catch (e) {
      failed++;
      log(`  ✗ panel: ${name}: ${String(e?.message ?? e).split('\n')[0].slice(0, 500)}`);
      try { await page.screenshot({ path: path.join(os.tmpdir(), `rcl-panel-ui-fail-${passed + failed}.png`) }); } catch { /* best effort */ }
    }
  };
  const assert = (cond, msg) => { if (!cond) throw new Error(msg); };
  const web = () => page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  const webText = async (sel) => (await web().locator(sel).first().textContent({ timeout: 10000 })) ?? '';
  const waitWeb = (sel, hasText, timeout = 20000) => web().locator(sel, hasText ? { hasText } : {}).first().waitFor({ timeout });
  const runCommand = async (title) => {
    await page.keyboard.press('F1');
    await page.waitForSelector('.quick-input-widget:not([style*="display: none"]) input', { timeout: 10000 });
    await page.keyboard.type(title);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10000 });
    await page.keyboard.press('Enter');
  };
  const openFile = async (name) => {
    if (await page.locator(`.tab[aria-label*="${name}"]`).count()) {
      await page.locator(`.tab[aria-label*="${name}"]`).first().click();
    } else {
      await page.keyboard.press('Control+P');
      await page.waitForSelector('.quick-input-widget input', { timeout: 10000 });
      await page.keyboard.type(name);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 10000 });
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector(`.tab.active[aria-label*="${name}"]`, { timeout: 15000 });
  };
  /** Puts the cursor on the first editor line containing `text`. */
  const cursorTo = async (text) => {
    await page.locator('.editor-group-container .view-line', { hasText: text }).first().click({ position: { x: 4, y: 6 } });
  };
  const cursorLine = async () => {
    const t = await page.locator('#status\\.editor\\.selection').first().textContent({ timeout: 5000 });
    return Number(/Ln (\d+)/.exec(t ?? '')?.[1]);
  };

  await check('Show Heap Panel opens on the heap after the cursor line: the self-referencing list, refcnt 2, a cycle', async () => {
    await openFile(file);
    await cursorTo('lst.append(lst)');
    await runCommand('Refcount Lens: Show Heap Panel');
    await page.waitForSelector('.tab[aria-label*="Heap"]', { timeout: 15000 });
    await waitWeb('#title', 'after line 18');
    await waitWeb('g.node.cycle', 'refcnt 2', 10000);
    const lst = await web().locator('g.node.cycle', { hasText: 'list' }).first().textContent();
    assert(lst.includes('[[…]]') && lst.includes('refcnt 2'), lst);
    assert((await webText('g.frame')).includes('lst'), 'the frame names lst');
    await page.waitForTimeout(600);
    await page.screenshot({ path: path.join(shots, 'panel-vscode.png') });
  });

  await check('it follows the cursor: two dicts in a live cycle, then both cycles garbage', async () => {
    await cursorTo("object_2['obj1'] = object_1");
    await waitWeb('#title', 'after line 27', 10000);
    await waitWeb('g.node.cycle', 'dict', 10000);
    assert(await web().locator('g.node.cycle', { hasText: 'dict' }).count() === 2, 'two dicts in the cycle');
    assert((await webText('#changes')).includes('changed'), 'changes listed');
    await cursorTo('del object_1, object_2');
    await waitWeb('#title', 'after line 31', 10000);
    await waitWeb('g.node.garbage', 'dict', 10000);
    const garbage = await web().locator('g.node.garbage').count();
    assert(garbage === 3, `garbage objects: ${garbage}`);
  });

  await check('clicking an object reveals the line that allocated it, and the panel stays where it was', async () => {
    await web().locator('g.node.garbage', { hasText: 'list' }).first().click();
    await page.waitForFunction(() => /Ln 17\b/.test(document.querySelector('#status\\.editor\\.selection')?.textContent ?? ''), null, { timeout: 10000 });
    assert(await cursorLine() === 17, 'cursor on `lst = []`');
    await page.waitForTimeout(500);
    assert((await webText('#title')).includes('after line 31'), `the panel jumped: ${await webText('#title')}`);
  });

  await check('Simulate GC plays the collector, step by step, to gc.collect() → 3', async () => {
    await cursorTo('gc.collect()');
    await runCommand('Refcount Lens: Simulate GC at Cursor');
    await waitWeb('#phase', '1/');
    const total = Number((await webText('#phase')).split('/')[1].split(' ')[0]);
    assert(total >= 4, `steps: ${total}`);
    const seen = [];
    for (let i = 0; i < total; i++) {
      if (i > 0) {
        await web().locator('#next').click();
        await waitWeb('#phase', `${i + 1}/`, 10000);
      }
      const phase = await webText('#phase');
      const narration = await webText('#narration');
      const zeros = await web().locator('g.node', { hasText: 'gc_refs 0' }).count();
      seen.push({ phase, narration, zeros });
      assert(narration.length > 15, `step ${i + 1} narrated: ${narration}`);
      if (phase.includes('move unreachable')) {
        assert(await web().locator('g.node.unreachable').count() === 3, 'three tentatively unreachable');
        await page.waitForTimeout(400);
        await page.screenshot({ path: path.join(shots, 'panel-film-vscode.png') });
      }
    }
    const sub = seen.find((s) => s.phase.includes('subtract refs'));
    assert(sub && sub.zeros === 3, `after subtract_refs three objects have gc_refs 0: ${JSON.stringify(sub)}`);
    await waitWeb('#result', 'gc.collect() → 3', 5000);
  });

  await check('back steps the film; Close returns to the heap', async () => {
    const total = Number((await webText('#phase')).split('/')[1].split(' ')[0]);
    await web().locator('#back').click();
    await waitWeb('#phase', `${total - 1}/`, 10000);
    assert(!(await webText('#result')).includes('→'), 'no result before the last step');
    await web().locator('#closeFilm').click();
    await waitWeb('#title', 'after line', 10000);
  });

  // Leave the workbench as found: close the panel.
  try {
    await page.locator('.tab[aria-label*="Heap"]').first().click();
    await page.keyboard.press('Control+W');
  } catch { /* best effort */ }
  return { passed, failed };
}
