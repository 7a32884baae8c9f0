// The heap panel inside a real VS Code: opened by its command, following the
// cursor, playing Simulate GC, restored by its serializer's state. What the
// webview drew is read back from the panel's own report (the `rendered`
// message the webview sends after each draw, built from its DOM).
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { RenderedView } from '../../src/shared/heapProtocol';
import { EXT_ID, openProgram, until } from './helpers';

/** The seed article's program ("Garbage Collection in Python", 2019): two cycles, gc.collect() → 3. */
const SEED = [
  'def calculate_sum(num1, num2):', //                    1
  '    total = num1 + num2', //                           2
  '    print(total)', //                                  3
  '', //                                                  4
  'a = 1000 + int("0")', //                               5
  'calculate_sum(a, 2000)', //                            6
  'import gc', //                                         7
  'gc.set_debug(gc.DEBUG_SAVEALL)', //                    8
  'lst = []', //                                          9
  'lst.append(lst)', //                                  10
  'lst_address = id(lst)', //                            11
  'del lst', //                                          12
  'object_1 = {}', //                                    13
  'object_2 = {}', //                                    14
  "object_1['obj2'] = object_2", //                      15
  "object_2['obj1'] = object_1", //                      16
  'obj_address = id(object_1)', //                       17
  'del object_1, object_2', //                           18
  'gc.collect()', //                                     19
  '',
].join('\n');

interface PanelProbe { lastRendered(): RenderedView | undefined; isOpen(): boolean }

function panel(): PanelProbe {
  const ext = vscode.extensions.getExtension(EXT_ID)!;
  return (ext.exports as { panel: PanelProbe }).panel;
}

async function moveCursor(ed: vscode.TextEditor, line: number): Promise<void> {
  const shown = await vscode.window.showTextDocument(ed.document, ed.viewColumn);
  const p = new vscode.Position(line - 1, 0);
  shown.selection = new vscode.Selection(p, p);
}

/** Waits until the webview reports a drawing that `ok` accepts. */
async function drawing(what: string, ok: (v: RenderedView) => boolean, ms = 40000): Promise<RenderedView> {
  try {
    return await until(() => { const v = panel().lastRendered(); return v && ok(v) ? v : undefined; }, what, ms);
  } catch (e) {
    // Say what the panel did draw: a wrong line and no drawing at all are different bugs.
    const v = panel().lastRendered();
    throw new Error(`${(e as Error).message}; last drawing: ${v ? JSON.stringify({ mode: v.mode, line: v.line, title: v.title }) : 'none'}; panel open: ${panel().isOpen()}`);
  }
}

function heapTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('refcountLens.heap'));
}

suite('heap panel', function () {
  // The first webview of a session can start slowly on a loaded 2-core machine
  // (code-server, Chromium and the extension host share it): one retry, and a
  // failure says what the panel last drew.
  this.retries(1);
  let ed: vscode.TextEditor;

  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXT_ID)!.activate();
    // Start from no panel, whatever the suites before left open.
    for (const t of heapTabs()) await vscode.window.tabGroups.close(t);
    ed = await openProgram(SEED);
  });

  suiteTeardown(async () => {
    for (const t of heapTabs()) await vscode.window.tabGroups.close(t);
  });

  test('Show Heap Panel opens the panel on the state after the cursor line', async () => {
    await moveCursor(ed, 10);
    await vscode.commands.executeCommand('refcountLens.showHeap');
    await until(() => heapTabs().length === 1, 'one heap panel tab');
    const v = await drawing('the heap after line 10', (x) => x.mode === 'heap' && x.line === 10);
    const lst = v.objects.find((o) => o.startsWith('list [[…]]'));
    assert.ok(lst?.includes('refcnt 2'), v.objects.join(' | '));
    assert.ok(v.cycleObjects >= 1 && v.garbageObjects === 0, JSON.stringify(v));
    assert.ok(v.title.includes('after line 10'), v.title);
  });

  test('the panel follows the cursor: the two dicts become a cycle, then garbage with the list', async () => {
    await moveCursor(ed, 16);
    let v = await drawing('the heap after line 16', (x) => x.mode === 'heap' && x.line === 16);
    assert.equal(v.objects.filter((o) => o.startsWith('dict') && o.includes('refcnt 2')).length, 2, v.objects.join(' | '));
    assert.ok(v.cycleObjects >= 3, JSON.stringify(v));
    await moveCursor(ed, 18);
    v = await drawing('the heap after line 18', (x) => x.mode === 'heap' && x.line === 18);
    assert.equal(v.garbageObjects, 3, JSON.stringify(v));
  });

  test('a second Show Heap Panel reuses the one panel', async () => {
    await vscode.commands.executeCommand('refcountLens.showHeap');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(heapTabs().length, 1);
  });

  test('Simulate GC at the gc.collect() line plays the collector film in the panel', async () => {
    await moveCursor(ed, 19);
    await vscode.commands.executeCommand('refcountLens.simulateGc');
    const v = await drawing('the film', (x) => x.mode === 'film');
    assert.equal(v.line, 19);
    assert.ok(v.filmStep?.startsWith('1/') && v.filmStep.includes('update refs'), v.filmStep);
    assert.ok((v.narration ?? '').length > 20, v.narration);
    assert.ok(v.objects.some((o) => o.includes('gc_refs 1')), v.objects.join(' | '));
    assert.ok(v.title.includes('Simulate GC at line 19'), v.title);
  });

  test('closing the panel stops it; the command opens a fresh one', async () => {
    for (const t of heapTabs()) await vscode.window.tabGroups.close(t);
    await until(() => !panel().isOpen(), 'the panel closed');
    await vscode.window.showTextDocument(ed.document, ed.viewColumn);
    await moveCursor(ed, 12);
    await vscode.commands.executeCommand('refcountLens.showHeap');
    const v = await drawing('the reopened panel after line 12', (x) => x.mode === 'heap' && x.line === 12);
    assert.ok(v.garbageObjects >= 1, JSON.stringify(v));
  });
});
