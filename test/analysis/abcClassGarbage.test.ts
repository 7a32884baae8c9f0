// A class ABCMeta made brings its _abc_impl (which makes its __dict__ tracked) and its
// __abstractmethods__ frozenset; isinstance / issubclass of a nominal subclass put one weak
// reference with a callback in the ABC's cache, counted when that subclass is collected; a
// negative check or register() leaves later class collections open. Measured 3.11-3.13.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze } from '../helpers/engine';

const SRC = [
  'import abc',                             // 1
  'import gc',                              // 2
  'class Base(abc.ABC):',                   // 3
  '    pass',                               // 4
  'class Sub(Base):',                       // 5
  '    pass',                               // 6
  'gc.collect()',                           // 7
  'del Sub',                                // 8
  'n1 = gc.collect()',                      // 9
  'class Sub2(Base):',                      // 10
  '    pass',                               // 11
  'ok = isinstance(Sub2(), Base)',          // 12
  'del Sub2',                               // 13
  'n2 = gc.collect()',                      // 14
  'class Other:',                           // 15
  '    pass',                               // 16
  'no = issubclass(Other, Base)',           // 17
  'del Other',                              // 18
  'n3 = gc.collect()',                      // 19
].join('\n');

test('ABC class garbage: _abc_impl, __abstractmethods__ and cache entries', async () => {
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(SRC, { python });
    const at = (line: number): unknown => r.calls.find((c) => c.line === line && c.callee === 'gc.collect')?.returns;
    // (class, bases and MRO tuples, its dict tracked by _abc_impl, _abc_impl, the frozenset: truth 6)
    assert.deepEqual(at(9), [6, 6], python);
    // (one more: the weak reference in Base's _abc_cache, freed by its callback: truth 7)
    assert.deepEqual(at(14), [7, 7], python);
    // (Other's entries in negative caches are not kept: open above a plain class's 6 (its
    // __dict__ / __weakref__ descriptors among them); truth 7)
    assert.deepEqual(at(19), [6, null], python);
  }
});
