// The `webview` stage of `npm test`: the panel bundle (dist/heap.js, made by
// the build stage) in Chromium (playwright-core) inside the page the host's
// own template makes (heapHtml.ts, so the real CSP), with a stand-in for
// VS Code's webview API. Fed a hand-written fixture and heaps the built engine
// makes for real programs (dist/cli.js); asserts on the DOM; takes the
// screenshots in docs/images/panel*.png. Last line: "N passed, N failed".
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const shots = path.join(root, 'docs', 'images');
fs.mkdirSync(shots, { recursive: true });
const t0 = Date.now();

// ---- inputs: the fixture, and the engine's heaps for real programs ----
const fixture = JSON.parse(fs.readFileSync(path.join(root, 'test/webview/fixtures/seedArticle.json'), 'utf8'));
const cli = (...args) => JSON.parse(execFileSync(process.execPath, [path.join(root, 'dist/cli.js'), ...args], { encoding: 'utf8', maxBuffer: 256 << 20 }));
const analyze = (file) => cli('analyze', file, '--json', '--with-heap');
const seedFile = '/work/shared/oracle/cases/seed_article.py';
const seedPath = fs.existsSync(seedFile) ? seedFile : path.join(root, 'examples/seed.py');
const seed = analyze(seedPath);
const seedGcLine = seed.calls.find((c) => c.callee === 'gc.collect')?.line ?? 33;
const seedGc = cli('gc', seedPath, '--line', String(seedGcLine), '--json');
const tree = analyze(path.join(root, 'examples/parent_child.py'));
const rescueSrc = path.join(os.tmpdir(), `rcl-webview-rescue-${process.pid}.py`);
fs.writeFileSync(rescueSrc, `import gc
import weakref


class Node:
    def __init__(self):
        self.other = None

    def __del__(self):
        pass


a = Node()
b = Node()
a.other = b
b.other = a
keep = []
keep.append(keep)
holder = {'k': keep}
c = []
c.append(c)
r = weakref.ref(a)
del a, b, c
n = gc.collect()
`);
const rescueGc = cli('gc', rescueSrc, '--line', '24', '--json');
fs.rmSync(rescueSrc);
// The programs whose drawings are checked against the engine: every example and an even spread
// of the own cases (every k-th, so each set is drawn from) up to MAX_PROGRAMS in all. Drawing
// three points of each of 1,700 cases took over 20 minutes; RCL_WEBVIEW_ALL=1 draws them all.
const MAX_PROGRAMS = 300;
const pyIn = (dir) => fs.readdirSync(dir).filter((f) => f.endsWith('.py')).sort().map((f) => path.join(dir, f));
const examplePrograms = pyIn(path.join(root, 'examples'));
const casePrograms = pyIn(path.join(root, 'test/cases'));
const caseStride = process.env.RCL_WEBVIEW_ALL ? 1 : Math.max(1, Math.ceil(casePrograms.length / Math.max(1, MAX_PROGRAMS - examplePrograms.length)));
const spread = [...examplePrograms, ...casePrograms.filter((_, i) => i % caseStride === 0)];
// RCL_WEBVIEW_ONLY=name draws only the programs whose file name contains it (to chase one failure).
const programs = process.env.RCL_WEBVIEW_ONLY ? [...examplePrograms, ...casePrograms].filter((f) => path.basename(f).includes(process.env.RCL_WEBVIEW_ONLY)) : spread;

// ---- the page: the real template (CSP + nonce), a fake host API, a dark theme ----
const template = buildSync({ entryPoints: [path.join(root, 'src/extension/heapPanel/heapHtml.ts')], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'silent' });
const { heapHtml, heapCsp, makeNonce } = await import('data:text/javascript;base64,' + Buffer.from(template.outputFiles[0].text).toString('base64'));

// What VS Code's webview host provides: acquireVsCodeApi() once, state kept across a reload (here in sessionStorage).
const fakeHost = `window.__sent = [];
window.acquireVsCodeApi = () => ({
  postMessage: (m) => window.__sent.push(m),
  getState: () => JSON.parse(sessionStorage.getItem('state') || 'null') || undefined,
  setState: (s) => sessionStorage.setItem('state', JSON.stringify(s)),
});`;
// Dark-theme values of the variables the panel uses (VS Code injects these into every webview).
const theme = `body{--vscode-foreground:#cccccc;--vscode-editor-background:#1e1e1e;--vscode-font-family:system-ui,sans-serif;--vscode-font-size:13px;--vscode-editor-font-family:"DejaVu Sans Mono",monospace;
--vscode-panel-border:#444;--vscode-button-background:#0e639c;--vscode-button-foreground:#fff;--vscode-button-hoverBackground:#1177bb;--vscode-button-secondaryBackground:#3a3d41;--vscode-button-secondaryForeground:#fff;--vscode-button-secondaryHoverBackground:#45494e;
--vscode-input-background:#3c3c3c;--vscode-input-foreground:#ccc;--vscode-input-placeholderForeground:#a6a6a6;--vscode-focusBorder:#007fd4;--vscode-editorWidget-background:#252526;--vscode-editorWidget-border:#454545;--vscode-descriptionForeground:#9d9d9d;
--vscode-textLink-foreground:#3794ff;--vscode-badge-background:#4d4d4d;--vscode-badge-foreground:#fff;--vscode-charts-red:#f14c4c;--vscode-charts-orange:#d18616;--vscode-charts-blue:#3794ff;--vscode-charts-green:#89d185;--vscode-charts-purple:#b180d7;--vscode-charts-yellow:#cca700;
--vscode-editorLineNumber-foreground:#858585;--vscode-sideBar-background:#252526;--vscode-inputValidation-errorBackground:#5a1d1d;--vscode-editorWarning-foreground:#cca700;--vscode-editor-findMatchHighlightBackground:#623315;--vscode-editor-findMatchBorder:#e2a03f;--vscode-contrastBorder:#6fc3df;--vscode-contrastActiveBorder:#f38518}`;

const server = http.createServer((req, res) => {
  const url = req.url.split('?')[0];
  const base = `http://${req.headers.host}`;
  const types = { '.css': 'text/css', '.js': 'text/javascript' };
  if (url === '/') {
    const nonce = makeNonce();
    let html = heapHtml({ cspSource: base, scriptUri: `${base}/dist/heap.js`, styleUri: `${base}/media/heap/heap.css`, nonce });
    html = html.replace('<link rel="stylesheet"', `<link rel="stylesheet" href="${base}/theme.css"><link rel="stylesheet"`)
      .replace('<script nonce', `<script nonce="${nonce}" src="${base}/fakeHost.js"></script><script nonce`);
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(html);
    return;
  }
  if (url === '/favicon.ico') { res.writeHead(204); res.end(); return; }
  if (url === '/fakeHost.js') { res.writeHead(200, { 'content-type': 'text/javascript' }); res.end(fakeHost); return; }
  if (url === '/theme.css') { res.writeHead(200, { 'content-type': 'text/css' }); res.end(theme); return; }
  const p = path.join(root, url);
  if (!p.startsWith(root + path.sep) || !fs.existsSync(p) || !types[path.extname(p)]) { res.writeHead(404); res.end(); return; }
  res.writeHead(200, { 'content-type': types[path.extname(p)] });
  res.end(fs.readFileSync(p));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rcl-webview-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1100, height: 700 },
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const tab = browser.pages()[0] ?? await browser.newPage();
const errors = [];
tab.on('pageerror', (e) => errors.push(e.message));
// A renderer that dies (out of memory, say) closes the page; say so instead of a bare "page closed".
tab.on('crash', () => console.log('  ! the page crashed (renderer gone)'));
tab.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });

let passed = 0;
let failed = 0;
/** Candidates the engine's film names but its heap snapshot lacks (reported, not drawn). */
const notInHeap = new Set();
async function check(name, fn) {
  try { await fn(); passed++; console.log(`  ✓ ${name}`); } catch (e) { failed++; console.log(`  ✗ ${name}: ${String(e?.message ?? e).split('\n')[0].slice(0, 800)}`); }
}
const assert = (cond, msg) => { if (!cond) throw new Error(typeof msg === 'string' ? msg : JSON.stringify(msg)); };
const eq = (a, b, what) => assert(JSON.stringify(a) === JSON.stringify(b), `${what}: got ${JSON.stringify(a)}, expected ${JSON.stringify(b)}`);
const sites = (r) => Object.fromEntries(Object.entries(r.objects).map(([id, o]) => [id, o.site.line]));
const docOf = (r, name) => ({ uri: `file:///ws/${name}`, fileName: name, python: r.python, sites: sites(r) });
const badgeOf = (n) => (n.immortal ? '∞' : n.refcount[1] === null ? `≥${n.refcount[0]}` : n.refcount[0] === n.refcount[1] ? `refcnt ${n.refcount[0]}` : `${n.refcount[0]}–${n.refcount[1]}`);

/** Runs `act` and waits until the panel finished the draw(s) it caused. */
// (a guard against a draw that never comes, not a speed limit: a large layout on a loaded 2-core CI machine takes seconds)
async function drawn(act) {
  const before = await tab.evaluate(() => Number(document.body.dataset.draws ?? 0));
  await act();
  await tab.waitForFunction((n) => Number(document.body.dataset.draws ?? 0) > n && !document.body.dataset.busy, before, { timeout: 30000 });
}
const post = (m) => drawn(() => tab.evaluate((msg) => window.postMessage(msg, '*'), m));
const click = (sel) => drawn(() => tab.click(sel));
/** What the drawing shows: every object box and reference arrow, read from the DOM. */
const picture = () => tab.evaluate(() => ({
  title: document.getElementById('title').textContent,
  subtitle: document.getElementById('subtitle').textContent,
  changes: document.getElementById('changes').textContent,
  nodes: [...document.querySelectorAll('g.node')].map((g) => ({
    id: g.dataset.id, cls: g.getAttribute('class').split(' '), type: g.querySelector('.node-type').textContent,
    label: g.querySelector('.node-label').textContent, badge: g.querySelector('.badge-text').textContent,
    x: g.getBoundingClientRect().x,
  })),
  frames: [...document.querySelectorAll('g.frame')].map((g) => ({ text: g.textContent, right: g.getBoundingClientRect().right })),
  edges: [...document.querySelectorAll('g.edge')].map((g) => ({ from: g.dataset.from, to: g.dataset.to, cls: g.getAttribute('class').split(' '), label: g.textContent })),
}));
const sent = () => tab.evaluate(() => window.__sent);
const clearSent = () => tab.evaluate(() => { window.__sent = []; });
const shot = async (name) => { await tab.waitForTimeout(150); await tab.screenshot({ path: path.join(shots, name) }); };

try {
  await tab.goto(base + '/');

  // ---- the host template and the strict CSP ----
  await check('the host template: default-src none, one nonce script from the extension, no inline code or data', async () => {
    const html = heapHtml({ cspSource: 'vscode-webview://x', scriptUri: 'vscode-webview://x/dist/heap.js', styleUri: 'vscode-webview://x/media/heap/heap.css', nonce: 'abc' });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    assert(csp, 'a CSP meta tag');
    assert(csp.startsWith("default-src 'none'"), csp);
    assert(csp.includes("script-src 'nonce-abc'") && !csp.includes('unsafe'), csp);
    assert(csp.includes('style-src vscode-webview://x') && csp.includes('img-src vscode-webview://x'), csp);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    eq(scripts.length, 1, 'scripts');
    assert(scripts[0][1].includes('nonce="abc"') && scripts[0][1].includes('src="vscode-webview://x/dist/heap.js"') && scripts[0][2].trim() === '', scripts[0][0]);
    assert(!/ style=/.test(html) && !/ on\w+=/.test(html), 'no inline style or handlers');
    const n1 = makeNonce();
    assert(n1 !== makeNonce() && n1.length >= 22, 'fresh 128-bit nonces');
    eq(heapCsp({ cspSource: 's', nonce: n1 }).includes(`'nonce-${n1}'`), true, 'csp names the nonce');
  });
  await check('the panel starts under that CSP and says ready, with no errors or CSP violations', async () => {
    await tab.waitForFunction(() => window.__sent?.some((m) => m.type === 'ready'));
    const csp = await tab.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
    assert(csp.startsWith("default-src 'none'"), csp);
    assert(errors.length === 0, `errors: ${errors.join(' | ')}`);
  });

  // ---- the hand-written fixture ----
  await post({ type: 'snapshots', doc: fixture.doc, snapshots: fixture.snapshots, focusLine: 30, incomplete: false });
  await check('fixture: every badge form (refcnt 2, 2–3, ≥2, ∞), type and short value', async () => {
    const p = await picture();
    const by = Object.fromEntries(p.nodes.map((n) => [n.id, n]));
    eq(by.n2?.badge, 'refcnt 2', 'dict');
    eq(by.n4?.badge, '2–3', 'interval');
    eq(by.n5?.badge, '≥2', 'no upper bound');
    eq(by.n6?.badge, '∞', 'immortal');
    eq([by.n2.type, by.n2.label], ['dict', "{'obj2': …}"], 'type and value');
    assert(!by.n8, 'the class is reached only by a hidden reference: not drawn yet');
  });
  await check('fixture: live cycle and garbage cycle marked differently; frames left of objects', async () => {
    const p = await picture();
    const by = Object.fromEntries(p.nodes.map((n) => [n.id, n]));
    assert(by.n2.cls.includes('cycle') && by.n3.cls.includes('cycle') && !by.n2.cls.includes('garbage'), 'live cycle');
    assert(by.n1.cls.includes('garbage'), 'garbage cycle');
    assert(p.frames.length === 1 && p.nodes.every((n) => n.x >= p.frames[0].right), 'frames first');
    const between = p.edges.filter((e) => ['n2', 'n3'].includes(e.from) && ['n2', 'n3'].includes(e.to));
    assert(between.length === 2 && between.every((e) => e.cls.includes('edge-cycle')), JSON.stringify(between));
    const self = p.edges.find((e) => e.from === 'n1' && e.to === 'n1');
    assert(self && self.cls.includes('edge-garbage') && self.label.includes('[0]'), JSON.stringify(self));
    const weak = p.edges.find((e) => e.cls.includes('edge-weak'));
    assert(weak && weak.from === 'n7' && weak.to === 'n5', 'weak reference drawn');
  });
  await check('fixture: hidden references on request', async () => {
    const before = (await picture()).edges.length;
    await drawn(() => tab.check('#hidden'));
    const p = await picture();
    assert(p.nodes.some((n) => n.id === 'n8') && p.edges.some((e) => e.cls.includes('edge-hidden') && e.label.includes('__class__')), 'instance → class');
    eq(p.edges.length, before + 1, 'one more arrow');
    await drawn(() => tab.uncheck('#hidden'));
  });
  await check('fixture: the film, each step\'s numbers, gc.collect() → 3', async () => {
    await post({ type: 'gc', run: fixture.gc, doc: fixture.doc });
    await filmMatches(fixture.gc);
    await click('#closeFilm');
  });

  // ---- the engine's heaps: the seed article ----
  await post({ type: 'snapshots', doc: docOf(seed, 'seed_article.py'), snapshots: seed.snapshots, focusLine: 18, incomplete: false });
  await check('seed, after lst.append(lst): list, refcnt 2, its self-reference, a live cycle', async () => {
    const p = await picture();
    assert(p.title.includes('after line 18'), p.title);
    const lst = p.nodes.find((n) => n.type === 'list' && n.label === '[[…]]');
    assert(lst, p.nodes);
    eq(lst.badge, 'refcnt 2', 'badge');
    assert(lst.cls.includes('cycle') && !lst.cls.includes('garbage'), lst.cls);
    assert(p.edges.some((e) => e.from === lst.id && e.to === lst.id && e.cls.includes('edge-cycle')), 'self arrow');
    assert(p.edges.some((e) => e.to === lst.id && e.cls.includes('edge-name')), 'the name lst');
    assert(p.frames.some((f) => f.text.includes('lst')), 'frame var');
  });
  await shot('panel.png');
  await check('following the cursor: after `del lst` the list is a garbage cycle', async () => {
    await post({ type: 'focus', line: 22 });
    const p = await picture();
    const lst = p.nodes.find((n) => n.label === '[[…]]');
    assert(lst && lst.cls.includes('garbage') && lst.badge === 'refcnt 1', lst);
  });
  await check('seed: after `del object_1, object_2` both cycles are garbage (3 objects), drawn', async () => {
    await post({ type: 'focus', line: 31 });
    const p = await picture();
    const garbage = p.nodes.filter((n) => n.cls.includes('garbage'));
    eq(garbage.map((n) => n.type).sort(), ['dict', 'dict', 'list'], 'garbage objects');
    const s = seed.snapshots.filter((x) => x.line === 31).pop();
    eq(s.cycles.length, 2, 'the engine found two cycles');
  });
  await check('seed: at line 27 the two dicts are a live cycle, the list a garbage one', async () => {
    await post({ type: 'focus', line: 27 });
    const p = await picture();
    const dicts = p.nodes.filter((n) => n.type === 'dict');
    assert(dicts.length === 2 && dicts.every((n) => n.cls.includes('cycle') && n.badge === 'refcnt 2'), dicts);
    assert(p.nodes.find((n) => n.label === '[[…]]').cls.includes('garbage'), 'list');
  });
  await shot('panel-cycles.png');
  await check('every drawn badge equals the engine\'s count, at every program point of the seed', async () => {
    for (let i = 0; i < seed.snapshots.length; i++) {
      await drawn(() => tab.evaluate((v) => { const s = document.getElementById('step'); s.value = String(v); s.dispatchEvent(new Event('input')); }, i));
      const p = await picture();
      const byId = new Map(seed.snapshots[i].nodes.map((n) => [n.id, n]));
      assert(p.nodes.length > 0 || seed.snapshots[i].nodes.length === 0, `step ${i}: nothing drawn`);
      for (const n of p.nodes) eq(n.badge, badgeOf(byId.get(n.id)), `step ${i} ${n.type} ${n.label}`);
      const names = seed.snapshots[i].edges.filter((e) => e.kind === 'name').length;
      eq(p.edges.filter((e) => e.cls.includes('edge-name')).length, names, `step ${i}: one arrow per name`);
    }
  });
  await check('the timeline: one point per snapshot, changes since the step before marked and listed', async () => {
    const max = await tab.evaluate(() => Number(document.getElementById('step').max));
    eq(max, seed.snapshots.length - 1, 'slider max');
    const i = seed.snapshots.findIndex((s) => s.line === 18);
    await drawn(() => tab.evaluate((v) => { const s = document.getElementById('step'); s.value = String(v); s.dispatchEvent(new Event('input')); }, i));
    const p = await picture();
    assert((await tab.textContent('#stepLabel')).startsWith(`step ${i + 1} /`), 'label');
    assert(p.nodes.find((n) => n.label === '[[…]]').cls.includes('changed'), 'the list changed');
    assert(p.changes.includes('refcnt 1→2'), p.changes);
    assert(p.edges.some((e) => e.cls.includes('edge-new')), 'the new reference is marked');
    await click('#nextStep');
    assert((await tab.textContent('#stepLabel')).startsWith(`step ${i + 2} /`), 'next');
  });
  await check('clicking an object reveals its allocation line; clicking a reference the line that made it', async () => {
    await post({ type: 'focus', line: 27 });
    await clearSent();
    const dict = seed.snapshots.filter((s) => s.line === 27).pop().nodes.find((n) => n.type === 'dict' && n.label.includes('obj2'));
    await tab.click(`g.node[data-id="${dict.id}"]`);
    eq((await sent()).filter((m) => m.type === 'revealLine'), [{ type: 'revealLine', line: seed.objects[dict.objectId].site.line }], 'object');
    await clearSent();
    const ref = seed.snapshots.filter((s) => s.line === 27).pop().edges.find((e) => e.label === "['obj1']");
    await tab.dispatchEvent(`g.edge[data-from="${ref.from}"][data-to="${ref.to}"]`, 'click');
    eq((await sent()).filter((m) => m.type === 'revealLine'), [{ type: 'revealLine', line: 27 }], 'reference');
  });
  await check('the panel reports what it drew (the host uses it for the extension-host tests)', async () => {
    await post({ type: 'focus', line: 27 });
    const r = (await sent()).filter((m) => m.type === 'rendered').pop();
    assert(r && r.view.mode === 'heap' && r.view.line === 27 && r.view.cycleObjects >= 3 && r.view.objects.some((o) => o.startsWith('dict')), JSON.stringify(r));
  });

  // ---- the film on the engine's collector steps ----
  await check('seed film: every step\'s gc_refs, unreachable set and narration; gc.collect() → 3', async () => {
    await post({ type: 'gc', run: seedGc, doc: docOf(seed, 'seed_article.py') });
    assert(await tab.isVisible('#film') && !(await tab.isVisible('#timeline')), 'film bar instead of the timeline');
    await filmMatches(seedGc, async (i, s) => { if (s.phase === 'move_unreachable') await shot('panel-film.png'); });
    eq(seedGc.collected, 3, 'the engine says 3');
    const st = await tab.evaluate(() => JSON.parse(sessionStorage.getItem('state')));
    eq(st.filmLine, seedGc.line, 'an open film is in the saved state (the serializer re-runs it after a reload)');
  });
  await check('film: back, phase buttons, play and pause', async () => {
    await click('#back');
    assert((await tab.textContent('#phase')).startsWith(`${seedGc.steps.length - 1}/`), 'back');
    await click('.phase-dot:nth-child(1)');
    assert((await tab.textContent('#phase')).startsWith('1/'), 'first');
    await click('#play');
    await tab.waitForFunction(() => document.getElementById('phase').textContent.startsWith('2/'), null, { timeout: 5000 });
    await click('#play');
    eq(await tab.textContent('#play'), '▶ Play', 'paused');
  });
  await check('Show Heap Panel during a film goes back to the heap at the line', async () => {
    await post({ type: 'focus', line: 31, leaveFilm: true });
    assert(!(await tab.isVisible('#film')) && (await picture()).title.includes('after line 31'), 'back to the heap');
    const st = await tab.evaluate(() => JSON.parse(sessionStorage.getItem('state')));
    assert(st.filmLine === undefined && st.line === 31, JSON.stringify(st));
  });
  await check('snapshots of another document close a film of the one before', async () => {
    await post({ type: 'gc', run: seedGc, doc: docOf(seed, 'seed_article.py') });
    await post({ type: 'snapshots', doc: fixture.doc, snapshots: fixture.snapshots, focusLine: 18, incomplete: false });
    assert(!(await tab.isVisible('#film')) && (await picture()).title.includes('seed_article.py · after line 18'), 'the other document, no film');
  });
  await check('film with a rescue and finalizers (engine): rescued objects marked, the count at the end', async () => {
    await post({ type: 'gc', run: rescueGc, doc: { uri: 'file:///ws/rescue.py', fileName: 'rescue.py', python: '3.12', sites: {} } });
    const rescue = rescueGc.steps.findIndex((s) => s.phase === 'rescue');
    assert(rescue > 0, 'the engine has a rescue step');
    await filmMatches(rescueGc, async (i) => {
      if (i !== rescue) return;
      const p = await picture();
      const moved = p.nodes.filter((n) => n.cls.includes('moved')).map((n) => n.id).sort();
      const inHeap = new Set(rescueGc.heap.nodes.map((n) => n.id));
      eq(moved, rescueGc.steps[rescue].moved.filter((id) => inHeap.has(id)).sort(), "rescued");
      assert((await tab.textContent('#filmCounts')).includes(`${rescueGc.steps[rescue].moved.length} rescued`), 'counted');
      await shot('panel-film-rescue.png');
    });
    await click('#closeFilm');
  });

  // ---- large heaps ----
  if (await tab.isVisible('#film')) await click('#closeFilm');
  await check('a large heap: neighbourhood first, the cut marked on the objects, expand and collapse', async () => {
    const big = JSON.parse(JSON.stringify(tree.snapshots[tree.snapshots.length - 1]));
    const hub = { id: 'hub', objectId: 'ohub', type: 'list', label: '[…70 items]', refcount: [1, 1], immortal: false, gcTracked: true };
    big.nodes.push(hub);
    big.frames[0].vars.push({ name: 'items', target: 'hub' });
    big.edges.push({ from: big.frames[0].id, to: 'hub', label: 'items', kind: 'name' });
    for (let i = 0; i < 70; i++) {
      big.nodes.push({ id: `x${i}`, objectId: 'ox', type: 'list', label: `[${i}]`, refcount: [1, 1], immortal: false, gcTracked: true });
      big.edges.push({ from: 'hub', to: `x${i}`, label: `[${i}]`, kind: 'item' });
    }
    await post({ type: 'snapshots', doc: docOf(tree, 'big.py'), snapshots: [big], focusLine: 1, incomplete: false });
    const before = (await picture()).nodes.length;
    assert(before <= 45, `neighbourhood only: ${before}`);
    assert(await tab.isVisible('g.more'), 'a "more" marker');
    assert((await tab.textContent('#cutNote')).includes('not shown'), 'cut note');
    assert(await tab.isVisible('g.node[data-id="hub"] g.cut'), 'the cut marked on the object');
    await shot('panel-cut.png');
    const tExpand = Date.now();
    await drawn(async () => { await tab.focus('g.node[data-id="hub"] g.cut'); await tab.keyboard.press('Enter'); });
    const after = (await picture()).nodes.length;
    console.log(`    (layout and drawing of ${after} objects: ${Date.now() - tExpand} ms)`);
    assert(after >= 70, `expanded: ${before} → ${after}`);
    await drawn(async () => { await tab.focus('g.node[data-id="hub"]'); await tab.keyboard.press('c'); });
    const folded = await picture();
    assert(folded.nodes.length < before && !folded.nodes.some((n) => n.id.startsWith('x')), `collapsed the hub: ${folded.nodes.length}`);
    await click('#collapse');
    eq((await picture()).nodes.length, before, 'collapse all: the neighbourhood again');
  });
  await check('search: a match beyond the cut is drawn, marked and counted; Enter focuses it', async () => {
    await drawn(() => tab.fill('#search', '[55]'));
    const p = await picture();
    assert(p.nodes.some((n) => n.label === '[55]' && n.cls.includes('match')), 'found');
    eq(await tab.textContent('#searchCount'), '1 found', 'count');
    await tab.focus('#search');
    await tab.keyboard.press('Enter');
    eq(await tab.evaluate(() => document.activeElement?.dataset?.id), 'x55', 'focused');
    await drawn(() => tab.fill('#search', ''));
  });

  // ---- more programs, view state, export, keyboard, themes ----
  await check('parent/child tree: the cycles highlighted, hidden references on request', async () => {
    const s = tree.snapshots.filter((x) => x.line === 19).pop();
    await post({ type: 'snapshots', doc: docOf(tree, 'parent_child.py'), snapshots: tree.snapshots, focusLine: 19, incomplete: false });
    const p = await picture();
    eq(p.nodes.filter((n) => n.cls.includes('cycle')).length, new Set(s.cycles.flat()).size, 'cycle objects');
    await drawn(() => tab.check('#hidden'));
    const withHidden = (await picture()).edges.length;
    assert(withHidden > p.edges.length, `${p.edges.length} → ${withHidden}`);
    await drawn(() => tab.uncheck('#hidden'));
    await shot('panel-tree.png');
  });
  await check('a deep recursion: the frames left out are one counted box, the step names its run', async () => {
    const r = analyze(path.join(root, 'test/cases/z_hT16_recursion_probe_depth.py'));
    const i = r.snapshots.findLastIndex((x) => x.frames.some((f) => f.elided));
    assert(i >= 0, 'a snapshot with frames left out');
    const snap = r.snapshots[i];
    const gap = snap.frames.find((f) => f.elided);
    await post({ type: 'snapshots', doc: docOf(r, 'recursion.py'), snapshots: r.snapshots, focusLine: 1, incomplete: false });
    await drawn(() => tab.evaluate((v) => { const s = document.getElementById('step'); s.value = String(v); s.dispatchEvent(new Event('input')); }, i));
    const p = await picture();
    eq(p.frames.length, snap.frames.length, 'frames drawn');
    assert(p.frames.some((f) => f.text.includes(`… ${gap.elided} more frames`)), p.frames.map((f) => f.text).join(' | '));
    eq(await tab.textContent('#stepLabel'), `step ${i + 1} / ${r.snapshots.length} · line ${snap.line}, run ${snap.run}`, 'label');
    assert(JSON.stringify(r.snapshots).length < 2_000_000, 'the snapshots are small enough to post');
    await shot('panel-deep-recursion.png');
  });
  let current = '';
  await check('every example and a spread of the test cases: each drawn badge is the engine\'s, cycles marked, no errors', async () => {
    let points = 0;
    try {
    for (const file of programs) {
      const r = analyze(file);
      if (!r.snapshots?.length) continue;
      await post({ type: 'snapshots', doc: docOf(r, path.basename(file)), snapshots: r.snapshots, focusLine: 1, incomplete: !!r.incomplete });
      const picks = [...new Set([0, r.snapshots.length >> 1, r.snapshots.length - 1])];
      for (const i of picks) {
        // (a drawing that never finishes names its program and step)
        current = `${path.basename(file)} step ${i} of ${r.snapshots.length} (${r.snapshots[i].nodes.length} objects)`;
        await drawn(() => tab.evaluate((v) => { const s = document.getElementById('step'); s.value = String(v); s.dispatchEvent(new Event('input')); }, i));
        const p = await picture();
        const snap = r.snapshots[i];
        const byId = new Map(snap.nodes.map((n) => [n.id, n]));
        for (const n of p.nodes) eq(n.badge, badgeOf(byId.get(n.id)), `${path.basename(file)} step ${i} ${n.type}`);
        // Marked: members of a cycle, and garbage (also what hangs off a garbage cycle without being in one).
        const marked = new Set([...snap.cycles.flat(), ...(snap.garbage ?? [])]);
        for (const n of p.nodes) eq(n.cls.includes('cycle') || n.cls.includes('garbage'), marked.has(n.id), `${path.basename(file)} step ${i} ${n.type} ${n.label} cycle mark`);
        points++;
      }
    }
    } catch (err) {
      throw new Error(`${current}: ${err.message}`);
    }
    assert(points >= 30, `points ${points}`);
    assert(errors.length === 0, errors.join(' | '));
    console.log(`    (${programs.length} programs, ${points} program points)`);
  });
  await post({ type: 'snapshots', doc: docOf(tree, 'parent_child.py'), snapshots: tree.snapshots, focusLine: 19, incomplete: false });
  await check('zoom, pan and fit; the state comes back after a reload (serializer path)', async () => {
    await tab.click('#zoomIn');
    const st = await tab.evaluate(() => JSON.parse(sessionStorage.getItem('state')));
    assert(st && st.zoom > 1 && st.uri === 'file:///ws/parent_child.py' && st.line === 19, JSON.stringify(st));
    await tab.focus('#canvas');
    await tab.keyboard.press('ArrowRight');
    const panned = await tab.evaluate(() => JSON.parse(sessionStorage.getItem('state')).panX);
    assert(panned > st.panX, 'arrow keys pan');
    await tab.reload();
    await tab.waitForFunction(() => window.__sent?.some((m) => m.type === 'ready'));
    await post({ type: 'snapshots', doc: docOf(tree, 'parent_child.py'), snapshots: tree.snapshots, focusLine: 19, incomplete: false });
    const vb = await tab.evaluate(() => document.getElementById('svg-root').getAttribute('viewBox').split(' ').map(Number));
    const w = await tab.evaluate(() => document.getElementById('canvas').clientWidth);
    assert(Math.abs(vb[2] - w / st.zoom) < 1 && Math.abs(vb[0] - panned) < 1, `viewBox ${vb} after reload`);
    await tab.click('#fit');
    const fit = await tab.evaluate(() => JSON.parse(sessionStorage.getItem('state')).zoom);
    assert(fit > 0 && fit <= 1.25, `fit ${fit}`);
  });
  await check('export: the whole drawing as SVG with colours written in, and as PNG', async () => {
    await clearSent();
    await tab.click('#svg');
    await tab.click('#png');
    await tab.waitForFunction(() => window.__sent.filter((m) => m.type === 'export').length === 2);
    const [svg, png] = (await sent()).filter((m) => m.type === 'export');
    assert(svg.format === 'svg' && svg.data.startsWith('<svg') && svg.data.includes('fill:') && !svg.data.includes('var(--vscode'), 'svg');
    assert(/width="\d+"/.test(svg.data) && svg.data.includes('refcnt'), 'whole drawing with sizes');
    assert(png.format === 'png' && png.data.startsWith('data:image/png;base64,') && png.data.length > 5000, 'png');
  });
  await check('keyboard: Tab reaches the tools and the objects, Enter reveals', async () => {
    await tab.focus('#search');
    const seen = new Set();
    for (let i = 0; i < 40; i++) {
      await tab.keyboard.press('Tab');
      seen.add(await tab.evaluate(() => document.activeElement?.id || document.activeElement?.getAttribute('class')?.split(' ')[0] || document.activeElement?.tagName));
    }
    for (const want of ['hidden', 'fit', 'gc', 'svg', 'step', 'canvas', 'node', 'edge']) assert(seen.has(want), `${want} not reached: ${[...seen]}`);
    await clearSent();
    await tab.focus('g.node');
    await tab.keyboard.press('Enter');
    assert((await sent()).some((m) => m.type === 'revealLine'), 'Enter reveals');
  });
  await check('high contrast: heavier strokes', async () => {
    const w0 = await tab.evaluate(() => parseFloat(getComputedStyle(document.querySelector('g.node .box')).strokeWidth));
    await tab.evaluate(() => document.body.classList.add('vscode-high-contrast'));
    const w1 = await tab.evaluate(() => parseFloat(getComputedStyle(document.querySelector('g.node:not(.cycle):not(.garbage) .box')).strokeWidth));
    assert(w1 >= 2.5 && w1 > w0, `${w0} → ${w1}`);
    await shot('panel-high-contrast.png');
    await tab.evaluate(() => document.body.classList.remove('vscode-high-contrast'));
  });
  await check('no colour outside the theme: the stylesheet uses only --vscode-* variables', async () => {
    const css = fs.readFileSync(path.join(root, 'media/heap/heap.css'), 'utf8');
    const literal = css.replace(/var\(--[\w-]+/g, '').replace(/white-space/g, '').match(/#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(|\b(?:white|black|red|green|blue|orange|gray|grey)\b/g);
    assert(!literal, `literal colours: ${literal}`);
  });
  await check('no script errors, no CSP violations', async () => { assert(errors.length === 0, errors.join(' | ')); });
} finally {
  await browser.close();
  server.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

/** Steps through a whole film and checks each step against the engine's data. */
async function filmMatches(run, each = async () => {}) {
  for (let i = 0; i < run.steps.length; i++) {
    if (i > 0) await click('#next');
    const s = run.steps[i];
    const p = await picture();
    const phase = await tab.textContent('#phase');
    assert(phase.startsWith(`${i + 1}/${run.steps.length} · `), phase);
    eq(await tab.textContent('#narration'), s.narration, `step ${i + 1} narration`);
    // gc_refs: the step's own, else the last step's that had them; collected objects say so at the end.
    let refs = {};
    for (let j = i; j >= 0; j--) if (Object.keys(run.steps[j].gcRefs).length) { refs = run.steps[j].gcRefs; break; }
    const collected = s.phase === 'clear' || s.phase === 'done' ? new Set(run.freed) : new Set();
    const byId = Object.fromEntries(p.nodes.map((n) => [n.id, n]));
    const inHeap = new Set(run.heap.nodes.map((n) => n.id));
    for (const [id, v] of Object.entries(refs)) {
      if (collected.has(id)) continue;
      if (!inHeap.has(id)) { notInHeap.add(id); continue; }
      assert(byId[id], `step ${i + 1}: candidate ${id} drawn`);
      eq(byId[id].badge, `gc_refs ${v}`, `step ${i + 1} ${byId[id].type} ${byId[id].label}`);
    }
    for (const id of collected) eq(byId[id]?.badge, 'collected', `step ${i + 1} ${id}`);
    eq(p.nodes.filter((n) => n.cls.includes('unreachable')).map((n) => n.id).sort(), s.unreachable.filter((id) => inHeap.has(id)).sort(), `step ${i + 1} unreachable`);
    if (s.edges?.length) {
      const drawnPairs = new Set(p.edges.filter((e) => e.cls.includes('edge-active')).map((e) => `${e.from}>${e.to}`));
      eq([...drawnPairs].sort(), s.edges.filter(([a, b]) => inHeap.has(a) && inHeap.has(b)).map(([a, b]) => `${a}>${b}`).sort(), `step ${i + 1} internal references`);
    }
    eq(await tab.textContent('#result'), i === run.steps.length - 1 ? `gc.collect() → ${run.collected}` : '', `step ${i + 1} result`);
    await each(i, s);
  }
}

if (notInHeap.size) console.log(`note: film candidates missing from the film's heap snapshot (engine): ${[...notInHeap].join(', ')}`);
console.log(`webview: ${((Date.now() - t0) / 1000).toFixed(1)} s, bundle ${(fs.statSync(path.join(root, 'dist/heap.js')).size / 1024).toFixed(0)} KiB`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
