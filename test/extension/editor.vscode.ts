// The editor layer inside a real VS Code: activation, inlay hints, CodeLens,
// hovers, problems, quick fixes, commands, the version switch, settings.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXT_ID, hintOn, hintsOf, openProgram, setConfig, until } from './helpers';

const CYCLE = 'import gc\nlst = []\nlst.append(lst)\nalias = lst\ndel lst, alias\nn = gc.collect()\n';
const BUTTON = 'class Button:\n    def __init__(self):\n        self.on_click = self.handle\n    def handle(self):\n        return self\nb = Button()\n';

suite('Refcount Lens in VS Code', () => {
  suiteSetup(async () => {
    await setConfig('pythonVersion', '3.12');
    await setConfig('inline.style', 'inlayHints');
  });

  test('activates on a Python file', async () => {
    await openProgram('x = [1.5]\n');
    const ext = await until(() => { const e = vscode.extensions.getExtension(EXT_ID); return e?.isActive ? e : undefined; }, 'activation');
    assert.ok(ext.isActive);
  });

  test('inlay hints show the counts after each statement', async () => {
    const ed = await openProgram(CYCLE);
    assert.match(await hintOn(ed.document, 1), /^lst: refcnt 1$/);
    assert.match(await hintOn(ed.document, 2), /⟲ lst: refcnt 2/);
    assert.equal(await hintOn(ed.document, 3), 'alias: refcnt 3 · lst: refcnt 3');
  });

  test('CodeLens names the cycle and offers Simulate GC', async () => {
    const ed = await openProgram(CYCLE);
    const lenses = await until(async () => {
      const l = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', ed.document.uri, 10);
      return l?.length ? l : undefined;
    }, 'code lenses');
    const titles = lenses.map((l) => l.command?.title);
    assert.ok(titles.includes('⟲ cycle: lst[0] → lst'), titles.join(' | '));
    assert.ok(titles.includes('Simulate GC'));
    assert.equal(lenses.find((l) => l.command?.title === 'Simulate GC')!.range.start.line, 2);
  });

  test('hover lists the count, the holders and the cycle', async () => {
    const ed = await openProgram(CYCLE);
    await hintOn(ed.document, 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', ed.document.uri, new vscode.Position(3, 9));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(text, /refcnt \*\*3\*\*/);
    assert.match(text, /held by: .*`alias` \(global\)/);
    assert.match(text, /held by: .*`lst` \(global\)/);
    assert.match(text, /held by: .*lst\[0\]/);
    assert.match(text, /lst\[0\] → lst/);
    assert.match(text, /CPython 3\.12/);
  });

  test('hover in a large file asks for its line\'s holders', async () => {
    const filler = Array.from({ length: 600 }, (_, i) => `pad_${i} = [${i}.5]`).join('\n');
    const ed = await openProgram(`${filler}\nshared = {}\nother = shared\n`);
    assert.ok(ed.document.getText().length > 8000);
    await hintOn(ed.document, 601);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', ed.document.uri, new vscode.Position(601, 2));
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
    assert.match(text, /refcnt \*\*2\*\*/);
    assert.match(text, /held by: .*`other` \(global\)/);
  });

  test('problems: the garbage cycle is a warning', async () => {
    const ed = await openProgram(CYCLE);
    const diags = await until(() => { const d = vscode.languages.getDiagnostics(ed.document.uri); return d.length ? d : undefined; }, 'diagnostics');
    const g = diags.find((d) => d.code === 'garbage-cycle');
    assert.ok(g);
    assert.equal(g.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(g.range.start.line, 4);
  });

  test('quick fix wraps a self-bound method in weakref.WeakMethod', async () => {
    const ed = await openProgram(BUTTON);
    await until(() => vscode.languages.getDiagnostics(ed.document.uri).find((d) => d.code === 'self-bound-method'), 'self-bound-method');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', ed.document.uri, new vscode.Range(2, 8, 2, 40));
    const fix = actions.find((a) => a.title === 'Store a weakref.WeakMethod instead');
    assert.ok(fix?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(ed.document.lineAt(0).text, 'import weakref');
    assert.match(ed.document.lineAt(3).text, /self\.on_click = weakref\.WeakMethod\(self\.handle\)/);
  });

  test('the version switch changes what differs between versions', async () => {
    const ed = await openProgram('n = None\nb = b"raw bytes here"\n');
    assert.equal(await hintOn(ed.document, 0, 'n:'), 'n: refcnt ∞');
    assert.equal(await hintOn(ed.document, 1), 'b: refcnt 4');
    await vscode.commands.executeCommand('refcountLens.selectPythonVersion', '3.11');
    assert.equal(await hintOn(ed.document, 0, '≥'), 'n: refcnt ≥1');
    assert.equal(await hintOn(ed.document, 1, '3'), 'b: refcnt 3');
    await vscode.commands.executeCommand('refcountLens.selectPythonVersion', '3.12');
    assert.equal(await hintOn(ed.document, 0, '∞'), 'n: refcnt ∞');
  });

  test('edits are re-analysed after the pause', async () => {
    const ed = await openProgram('a = [0.5]\n');
    await hintOn(ed.document, 0);
    await ed.edit((e) => e.insert(new vscode.Position(1, 0), 'b = a\n'));
    assert.equal(await hintOn(ed.document, 1), 'b: refcnt 2 · a: refcnt 2');
  });

  test('toggleInline and inline.style turn the hints off and on', async () => {
    const ed = await openProgram('x = [2.5]\n');
    await hintOn(ed.document, 0);
    await vscode.commands.executeCommand('refcountLens.toggleInline');
    await until(async () => ((await hintsOf(ed.document)).length === 0 ? true : undefined), 'no hints when off');
    await vscode.commands.executeCommand('refcountLens.toggleInline');
    await hintOn(ed.document, 0);
    await setConfig('inline.style', 'decorations');
    await until(async () => ((await hintsOf(ed.document)).length === 0 ? true : undefined), 'no hints with decorations');
    await setConfig('inline.style', 'inlayHints');
    await hintOn(ed.document, 0);
  });

  test('scanWorkspace puts every file\'s findings in Problems', async () => {
    const r = await vscode.commands.executeCommand<{ files: number; findings: number }>('refcountLens.scanWorkspace');
    assert.ok(r && r.files >= 3, JSON.stringify(r));
    const all = vscode.languages.getDiagnostics();
    const tree = all.find(([uri]) => uri.path.endsWith('/parent_child.py'));
    assert.ok(tree, all.map(([u]) => u.path).join(', '));
    assert.ok(tree[1].some((d) => d.code === 'back-reference'), tree[1].map((d) => d.code).join(', '));
    assert.ok(tree[1].some((d) => d.code === 'garbage-cycle'));
  });

  test('first counts on a 1,000-line file (printed, not asserted against a time)', async () => {
    const lines = Array.from({ length: 1000 }, (_, i) => (i % 3 === 0 ? `v${i} = [${i}.5]` : i % 3 === 1 ? `w${i} = v${i - 1}` : `del w${i - 1}`));
    const ctx = vscode.extensions.getExtension(EXT_ID)!.exports as { sessions: { resultFor(u: vscode.Uri): { lines: unknown[]; timing?: { parseMs: number; analyzeMs: number } } | undefined } };
    const t0 = Date.now();
    const ed = await openProgram(lines.join('\n') + '\n');
    const t1 = Date.now();
    const r = await until(() => { const x = ctx.sessions.resultFor(ed.document.uri); return x && x.lines.length > 900 ? x : undefined; }, 'the result', 15000, 5);
    const t2 = Date.now();
    await hintOn(ed.document, 997);
    console.log(`first counts on a 1,000-line file: ${Date.now() - t0} ms open → inlay hint (open ${t1 - t0} ms, result after ${t2 - t0} ms: parse ${r.timing?.parseMs} ms + analysis ${r.timing?.analyzeMs?.toFixed?.(0)} ms)`);
  });

  test('the commands run on the active editor', async () => {
    await openProgram(CYCLE);
    await vscode.commands.executeCommand('refcountLens.showHeap');
    await vscode.commands.executeCommand('refcountLens.simulateGc');
    const all = await vscode.commands.getCommands(true);
    for (const id of ['refcountLens.showHeap', 'refcountLens.simulateGc', 'refcountLens.toggleInline', 'refcountLens.selectPythonVersion', 'refcountLens.scanWorkspace']) assert.ok(all.includes(id), id);
  });
});
