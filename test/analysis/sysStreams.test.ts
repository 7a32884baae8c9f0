// sys.stdout / sys.stderr as replaceable attributes of sys (sysStreams.ts) and
// contextlib.redirect_stdout (contextlibRedirect.ts): sys holds what the program
// stored, print writes to it, and whatever the model cannot follow leaves it open.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('sys.stdout = buf: sys holds buf until the original is stored back', async () => {
  const src = [
    'import io, sys',                    // 1
    'buf = io.StringIO()',               // 2
    'sys.stdout = buf',                  // 3
    'print("a line of text")',           // 4
    'from sys import stdout',            // 5
    'del stdout',                        // 6
    'sys.stdout = sys.__stdout__',       // 7
    'got = buf.getvalue()',              // 8
  ].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    assert.deepEqual(countOf(r, 3, 'buf'), [2, 2], python);
    assert.deepEqual(countOf(r, 5, 'buf'), [3, 3], python);
    assert.deepEqual(countOf(r, 7, 'buf'), [1, 1], python);
    // (3.11's accumulator keeps getvalue's result; 3.12+ hands out a new str)
    assert.deepEqual(countOf(r, 8, 'got'), python === '3.11' ? [2, 2] : [1, 1], python);
  }
});

test('redirect_stdout keeps its target and the replaced streams, and is re-entrant', async () => {
  const src = [
    'import contextlib, io',                  // 1
    'buf = io.StringIO()',                    // 2
    'cm = contextlib.redirect_stdout(buf)',   // 3
    'with cm as t:',                          // 4
    '    with cm:',                           // 5
    '        print("nested text here")',      // 6
    '    x = 1',                              // 7
    'del t',                                  // 8
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 3, 'buf'), [2, 2]);
  // buf, t, _new_target, sys.stdout, and _old_targets while nested
  assert.deepEqual(countOf(r, 6, 'buf'), [5, 5]);
  assert.deepEqual(countOf(r, 6, 'cm'), [3, 3]);
  assert.deepEqual(countOf(r, 7, 'buf'), [4, 4]);
  assert.deepEqual(countOf(r, 8, 'buf'), [2, 2]);
});

test('a store to sys.stdout under an unknown condition or an unknown call leaves the stream open', async () => {
  const src = [
    'import io, sys, platform',              // 1
    'buf = io.StringIO()',                   // 2
    'if len(sys.argv) > 3:',                 // 3
    '    sys.stdout = buf',                  // 4
    'print("maybe in buf")',                 // 5
    'sys.stdout = sys.__stdout__',           // 6
    'other = io.StringIO()',                 // 7
    'sys.stdout = other',                    // 8
    'platform.system()',                     // 9
    'sys.stdout = sys.__stdout__',           // 10
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 6, 'buf'), [1, null]);
  assert.deepEqual(countOf(r, 8, 'other'), [2, 2]);
  assert.deepEqual(countOf(r, 10, 'other'), [1, null]);
});

test('print to an object of the program calls its write() with each piece', async () => {
  const src = [
    'class W:',                                   // 1
    '    def __init__(self):',                    // 2
    '        self.parts = []',                    // 3
    '    def write(self, s):',                    // 4
    '        self.parts.append(s)',               // 5
    'w = W()',                                    // 6
    'msg = "not an identifier!"',                 // 7
    'print(msg, msg, file=w)',                    // 8
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // two more than before: the two pieces in w.parts (measured: 3 → 5 on 3.11-3.13)
  assert.deepEqual(countOf(r, 7, 'msg'), [3, 3]);
  assert.deepEqual(countOf(r, 8, 'msg'), [5, 5]);
});
