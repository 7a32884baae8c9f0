// The adviser's weakref quick fix: the wrapped text is the expression's own (read line by line,
// Interpreter.lineText), and `import weakref` goes after a module docstring and the
// __future__ imports (which must stay first), else before the first statement (after a
// shebang, an encoding line and comments), with LF or CRLF line ends; none when weakref is
// already imported.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';
import type { TextEdit } from '../../src/analysis/results/resultTypes';

const BODY = [
  'class B:',
  '    def __init__(self):',
  '        self.cb = self.go',
  '    def go(self):',
  '        pass',
  'b = B()',
];
const FIXED = '        self.cb = weakref.WeakMethod(self.go)';

/** The text with the edits applied (1-based lines, columns in the line), last first. */
function apply(text: string, eol: string, edits: TextEdit[]): string[] {
  const lines = text.split(eol);
  for (const e of [...edits].sort((a, b) => b.start.line - a.start.line || b.start.column - a.start.column)) {
    assert.equal(e.start.line, e.end.line);
    const l = lines[e.start.line - 1] ?? '';
    const done = l.slice(0, e.start.column) + e.newText + l.slice(e.end.column);
    lines.splice(e.start.line - 1, 1, ...done.split('\n'));
  }
  return lines;
}

async function fixed(head: string[], eol = '\n'): Promise<string[]> {
  const text = [...head, ...BODY].join(eol) + eol;
  const r = await analyze(text);
  const d = r.diagnostics.find((x) => x.code === 'self-bound-method');
  assert.ok(d, 'a self-bound-method diagnostic');
  return apply(text, eol, d!.fixes![0].edits);
}

test('the import goes after a docstring and the __future__ imports that follow it', async () => {
  const head = ['#!/usr/bin/env python3', '"""Module', 'docstring."""', 'from __future__ import annotations', '', '# comment'];
  for (const eol of ['\n', '\r\n']) {
    const out = await fixed(head, eol);
    assert.deepEqual(out.slice(0, 8), [...head.slice(0, 4), 'import weakref', ...head.slice(4), 'class B:'], JSON.stringify(eol));
    assert.equal(out[head.length + 3], FIXED);
  }
});

test('without a docstring: after leading comments and __future__ imports', async () => {
  const head = ['# -*- coding: utf-8 -*-', 'from __future__ import annotations', 'from __future__ import division'];
  const out = await fixed(head);
  assert.deepEqual(out.slice(0, 5), [...head, 'import weakref', 'class B:']);
  const bare = await fixed(['# only a comment', '']);
  assert.deepEqual(bare.slice(0, 4), ['# only a comment', '', 'import weakref', 'class B:']);
});

test('a one-line docstring, then the import', async () => {
  const out = await fixed(["'''Doc.'''"]);
  assert.deepEqual(out.slice(0, 3), ["'''Doc.'''", 'import weakref', 'class B:']);
});

test('no second import when weakref is already imported', async () => {
  const out = await fixed(['import weakref']);
  assert.deepEqual(out.slice(0, 2), ['import weakref', 'class B:']);
  assert.equal(out[3], FIXED);
});
