// The `webview` stage of `npm test`: the panel bundle (dist/heap.js) in
// Chromium with a stand-in for VS Code's webview API, fed heaps the engine
// made for real programs. Asserts on the DOM, takes screenshots
// (docs/images/panel*.png). Prints "webview: N passed, N failed".
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const shots = path.join(root, 'docs', 'images');
fs.mkdirSync(shots, { recursive: true });
const cli = (...args) => execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
const seed = JSON.parse(cli('analyze', path.join(root, 'examples/seed.py'), '--json', '--with-heap'));
const seedGc = JSON.parse(cli('gc', path.join(root, 'examples/seed.py'), '--line', '33', '--json'));
const tree = JSON.parse(cli('analyze', path.join(root, 'examples/parent_child.py'), '--json', '--with-heap'));

// The page: the same CSP as the real panel (nonce scripts, no inline data), a fake host API.
const NONCE = 'dGVzdG5vbmNlMTIzNDU2';
const page = `<!DOCTYPE html><html><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' data: blob:; style-src 'self'; script-src 'nonce-${NONCE}'">
<link rel="stylesheet" href="/theme.css"><link rel="stylesheet" href="/media/heap/heap.css"></head>
<body class="vscode-dark"><div id="app"></div>
<script nonce="${NONCE}" src="/fakeHost.js"></script><script nonce="${NONCE}" src="/dist/heap.js"></script></body></html>`;
const fakeHost = `window.__sent = []; window.__state = undefined;
window.acquireVsCodeApi = () => ({ postMessage: (m) => window.__sent.push(m), getState: () => window.__state, setState: (s) => { window.__state = s; } });`;
// Dark-theme values of the variables the panel uses (what VS Code injects into webviews).
const theme = `body{--vscode-foreground:#cccccc;--vscode-editor-background:#1e1e1e;--vscode-font-family:sans-serif;--vscode-font-size:13px;--vscode-editor-font-family:monospace;
--vscode-panel-border:#444;--vscode-button-background:#0e639c;--vscode-button-foreground:#fff;--vscode-button-hoverBackground:#1177bb;--vscode-button-secondaryBackground:#3a3d41;--vscode-button-secondaryForeground:#fff;
--vscode-input-background:#3c3c3c;--vscode-input-foreground:#ccc;--vscode-focusBorder:#007fd4;--vscode-editorWidget-background:#252526;--vscode-editorWidget-border:#454545;--vscode-descriptionForeground:#9d9d9d;
--vscode-textLink-foreground:#3794ff;--vscode-badge-background:#4d4d4d;--vscode-badge-foreground:#fff;--vscode-charts-red:#f14c4c;--vscode-charts-orange:#d18616;--vscode-charts-blue:#3794ff;--vscode-charts-green:#89d185;--vscode-charts-purple:#b180d7;
--vscode-editorLineNumber-foreground:#858585;--vscode-sideBar-background:#252526;--vscode-inputValidation-errorBackground:#5a1d1d}`;

const files = { '/': ['text/html', page], '/fakeHost.js': ['text/javascript', fakeHost], '/theme.css': ['text/css', theme] };
const server = http.createServer((req, res) => {
  const url = req.url.split('?')[0];
  if (url === '/favicon.ico') { res.writeHead(204); res.end(); return; }
  if (files[url]) { res.writeHead(200, { 'content-type': files[url][0] }); res.end(files[url][1]); return; }
  const p = path.join(root, url);
  if (!p.startsWith(root) || !fs.existsSync(p)) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': p.endsWith('.css') ? 'text/css' : 'text/javascript' });
  res.end(fs.readFileSync(p));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rcl-webview-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1100, height: 720 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const tab = browser.pages()[0] ?? await browser.newPage();
const errors = [];
tab.on('pageerror', (e) => errors.push(e.message));
tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try { await fn(); passed++; console.log(`  ✓ ${name}`); } catch (e) { failed++; console.log(`  ✗ ${name}: ${String(e?.message ?? e).split('\n')[0].slice(0, 600)}`); }
}
const assert = (cond, msg) => { if (!cond) throw new Error(msg); };
const post = (m) => tab.evaluate((msg) => window.postMessage(msg, '*'), m);
const sites = (r) => Object.fromEntries(Object.entries(r.objects).map(([id, o]) => [id, o.site.line]));
const docOf = (r, name) => ({ uri: `file:///${name}`, fileName: name, python: r.python, sites: sites(r) });
const settle = () => tab.waitForTimeout(400);

try {
  await tab.goto(base + '/');
  await check('the panel says ready and loads under a strict CSP', async () => {
    await tab.waitForFunction(() => window.__sent?.some((m) => m.type === 'ready'));
    assert(errors.length === 0, `errors: ${errors.join(' | ')}`);
  });
  await post({ type: 'snapshots', doc: docOf(seed, 'seed.py'), snapshots: seed.snapshots, focusLine: 18, incomplete: false });
  await settle();
  await check('after lst.append(lst): the list, its badge, its self-arrow, highlighted as a cycle', async () => {
    await tab.waitForSelector('g.node');
    const info = await tab.evaluate(() => ({
      title: document.getElementById('title').textContent,
      nodes: [...document.querySelectorAll('g.node')].map((g) => ({ cls: g.getAttribute('class'), text: g.textContent })),
      frames: [...document.querySelectorAll('g.frame')].map((g) => g.textContent),
      edges: document.querySelectorAll('g.edge').length,
    }));
    assert(info.title.includes('after line 18'), info.title);
    const lst = info.nodes.find((n) => n.text.startsWith('list'));
    assert(lst, JSON.stringify(info.nodes));
    assert(lst.text.includes('refcnt 2'), lst.text);
    assert(/\bcycle\b/.test(lst.cls), lst.cls);
    assert(info.frames.some((f) => f.includes('<module>') && f.includes('lst')), info.frames.join());
    assert(info.edges >= 2, `edges ${info.edges}`);
  });
  await tab.screenshot({ path: path.join(shots, 'panel.png') });
  await check('following the cursor to `del lst`: the list is a garbage cycle', async () => {
    await post({ type: 'focus', line: 22 });
    await settle();
    const cls = await tab.evaluate(() => [...document.querySelectorAll('g.node')].find((g) => g.textContent.startsWith('list'))?.getAttribute('class'));
    assert(cls && /\bgarbage\b/.test(cls), String(cls));
  });
  await check('the timeline steps through every program point and marks changes', async () => {
    const max = await tab.evaluate(() => Number(document.getElementById('step').max));
    assert(max === seed.snapshots.length - 1, `max ${max}`);
    await tab.evaluate(() => { const s = document.getElementById('step'); s.value = '8'; s.dispatchEvent(new Event('input')); });
    await settle();
    const label = await tab.textContent('#stepLabel');
    assert(label.startsWith('step 9 /'), label);
    const changed = await tab.evaluate(() => document.querySelectorAll('g.node.changed').length);
    assert(changed >= 1, 'something changed at this step');
  });
  await check('clicking an object asks the host to reveal its allocation line', async () => {
    await post({ type: 'focus', line: 27 });
    await settle();
    await tab.evaluate(() => { window.__sent = []; });
    await tab.locator('g.node', { hasText: 'dict' }).first().click();
    const sent = await tab.evaluate(() => window.__sent);
    assert(sent.some((m) => m.type === 'revealLine' && (m.line === 24 || m.line === 25)), JSON.stringify(sent));
  });
  await check('clicking a reference reveals the line that made it', async () => {
    await post({ type: 'snapshots', doc: docOf(seed, 'seed.py'), snapshots: seed.snapshots, focusLine: 27, incomplete: false });
    await settle();
    await tab.evaluate(() => { window.__sent = []; });
    await tab.locator('g.edge', { hasText: "['obj1']" }).first().click({ force: true });
    const sent = await tab.evaluate(() => window.__sent);
    assert(sent.some((m) => m.type === 'revealLine' && m.line === 27), JSON.stringify(sent));
  });
  await check('the GC film: gc_refs after subtract_refs, the unreachable set, gc.collect() → 3', async () => {
    await post({ type: 'gc', run: seedGc, doc: docOf(seed, 'seed.py') });
    await settle();
    assert(await tab.isVisible('#film'), 'film bar visible');
    const steps = [];
    for (let i = 0; i < seedGc.steps.length; i++) {
      steps.push(await tab.evaluate(() => ({
        phase: document.getElementById('phase').textContent, narration: document.getElementById('narration').textContent, result: document.getElementById('result').textContent,
        gc: [...document.querySelectorAll('g.node')].map((g) => g.textContent).filter((t) => t.includes('gc_refs')),
        unreachable: document.querySelectorAll('g.node.unreachable').length,
      })));
      if (i === 1) await tab.screenshot({ path: path.join(shots, 'panel-film.png') });
      await tab.click('#next');
      await settle();
    }
    const sub = steps.find((s) => s.phase.includes('subtract'));
    assert(sub && sub.gc.filter((t) => t.includes('gc_refs 0')).length >= 3, JSON.stringify(sub));
    const mu = steps.find((s) => s.phase.includes('move unreachable'));
    assert(mu && mu.unreachable >= 3, JSON.stringify(mu));
    assert(steps[steps.length - 1].result === 'gc.collect() → 3', JSON.stringify(steps[steps.length - 1]));
    assert(steps.every((s) => s.narration.length > 10), 'every step is narrated');
  });
  await check('stepping back in the film', async () => {
    await tab.click('#back');
    await settle();
    const phase = await tab.textContent('#phase');
    assert(phase.startsWith(`${seedGc.steps.length - 1}/`), phase);
    await tab.click('#closeFilm');
  });
  await check('a larger heap is cut with a visible marker, expands and collapses', async () => {
    const big = JSON.parse(JSON.stringify(tree.snapshots[tree.snapshots.length - 1]));
    for (let i = 0; i < 70; i++) {
      big.nodes.push({ id: `x${i}`, objectId: 'ox', type: 'list', label: `[${i}]`, refcount: [1, 1], immortal: false, gcTracked: true });
      big.frames[0].vars.push({ name: `v${i}`, target: `x${i}` });
      big.edges.push({ from: big.frames[0].id, to: `x${i}`, label: `v${i}`, kind: 'name' });
    }
    await post({ type: 'snapshots', doc: docOf(tree, 'parent_child.py'), snapshots: [big], focusLine: 1, incomplete: false });
    await settle();
    const before = await tab.evaluate(() => document.querySelectorAll('g.node').length);
    assert(await tab.isVisible('g.more'), 'cut marker');
    assert((await tab.textContent('#cutNote')).includes('not shown'), 'cut note');
    await tab.click('g.more');
    await settle();
    const after = await tab.evaluate(() => document.querySelectorAll('g.node').length);
    assert(after > before, `${before} → ${after}`);
    await tab.click('#collapse');
    await settle();
    const collapsed = await tab.evaluate(() => document.querySelectorAll('g.node').length);
    assert(collapsed === before, `collapse: ${after} → ${collapsed}, expected ${before}`);
  });
  await check('search finds an object', async () => {
    await tab.fill('#search', '[55]');
    await settle();
    assert(await tab.evaluate(() => [...document.querySelectorAll('g.node')].some((g) => g.textContent.includes('[55]'))), 'found');
    await tab.fill('#search', '');
  });
  await check('parent/child tree: cycles highlighted, hidden references on request', async () => {
    const s = tree.snapshots.findIndex((x) => x.line === 19);
    await post({ type: 'snapshots', doc: docOf(tree, 'parent_child.py'), snapshots: tree.snapshots, focusLine: 19, incomplete: false });
    await settle();
    const cyc = await tab.evaluate(() => document.querySelectorAll('g.node.cycle, g.node.garbage').length);
    assert(s >= 0 && cyc >= 3, `cycle nodes ${cyc}`);
    const plain = await tab.evaluate(() => document.querySelectorAll('g.edge').length);
    await tab.check('#hidden');
    await settle();
    const withHidden = await tab.evaluate(() => document.querySelectorAll('g.edge').length);
    assert(withHidden > plain, `${plain} → ${withHidden}`);
    await tab.uncheck('#hidden');
    await settle();
    await tab.screenshot({ path: path.join(shots, 'panel-tree.png') });
  });
  await check('zoom, fit and state survive in getState', async () => {
    await tab.click('#zoomIn');
    const st = await tab.evaluate(() => window.__state);
    assert(st && st.zoom > 1 && st.uri === 'file:///parent_child.py', JSON.stringify(st));
    await tab.click('#fit');
  });
  await check('export: SVG with the colours written in, PNG as data', async () => {
    await tab.evaluate(() => { window.__sent = []; });
    await tab.click('#svg');
    await tab.click('#png');
    await tab.waitForFunction(() => window.__sent.filter((m) => m.type === 'export').length === 2);
    const sent = await tab.evaluate(() => window.__sent.filter((m) => m.type === 'export'));
    assert(sent[0].format === 'svg' && sent[0].data.startsWith('<svg') && sent[0].data.includes('fill:'), 'svg');
    assert(sent[1].format === 'png' && sent[1].data.startsWith('data:image/png;base64,'), 'png');
  });
  await check('keyboard: objects are focusable and Enter reveals', async () => {
    await tab.evaluate(() => { window.__sent = []; });
    await tab.focus('g.node');
    await tab.keyboard.press('Enter');
    const sent = await tab.evaluate(() => window.__sent);
    assert(sent.some((m) => m.type === 'revealLine'), JSON.stringify(sent));
  });
  await check('no script errors', async () => { assert(errors.length === 0, errors.join(' | ')); });
} finally {
  await browser.close();
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}
console.log(`webview: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
