// Library calls this session's cases measured against CPython 3.11-3.13: copy of OrderedDict /
// defaultdict and of Decimal / Fraction (copyModule.ts), str case conversions of known text, and
// StringIO.write of a str the model cannot read (stringIO.ts).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('copy / deepcopy of an OrderedDict and a defaultdict keep the entries exact', async () => {
  const src = [
    'import copy',                                   // 1
    'from collections import OrderedDict, defaultdict', // 2
    'class Box: pass',                               // 3
    'b = Box()',                                     // 4
    'od = OrderedDict(a=b)',                         // 5
    'shallow = copy.copy(od)',                       // 6
    'deep = copy.deepcopy(od)',                      // 7
    'dd = defaultdict(list, k=b)',                   // 8
    'dd2 = copy.copy(dd)',                           // 9
    'done = b',                                      // 10
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 6, 'b'), [3, 3]); // b, od's value, shallow's value
  assert.deepEqual(countOf(r, 7, 'b'), [3, 3]); // the deep copy holds a new Box, not b
  assert.deepEqual(countOf(r, 7, 'deep'), [1, 1]);
  assert.deepEqual(countOf(r, 10, 'b'), [6, 6]); // + dd's value, dd2's value, done
});

test('deepcopy of a Decimal is the Decimal itself, inside asdict too', async () => {
  const src = [
    'import copy',                                   // 1
    'from dataclasses import dataclass, asdict',     // 2
    'from decimal import Decimal',                   // 3
    '@dataclass',                                    // 4
    'class Row:',                                    // 5
    '    amount: Decimal',                           // 6
    'price = Decimal("1.5")',                        // 7
    'same = copy.deepcopy(price)',                   // 8
    'row = Row(price)',                              // 9
    'd = asdict(row)',                               // 10
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 8, 'same'), [2, 2]);
  assert.deepEqual(countOf(r, 10, 'price'), [4, 4]); // price, same, row.amount, d["amount"]
  assert.deepEqual(countOf(r, 10, 'row'), [1, 1]);
});

test('title / capitalize of known ASCII text are known: a dict store with an equal key replaces', async () => {
  const src = [
    'names = {}',                                    // 1
    'v = [1]',                                       // 2
    'names["one piece".title()] = v',                // 3
    'k = "ONE PIECE".title()',                       // 4
    'names[k] = v',                                  // 5
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  // the entry's key stays the first str: k is not stored; v replaced itself
  assert.deepEqual(countOf(r, 5, 'k'), [1, 1]);
  assert.deepEqual(countOf(r, 5, 'v'), [2, 2]);
});

test('StringIO.write of a str of unknown text keeps the StringIO exact', async () => {
  const src = [
    'import io, textwrap',                           // 1
    'out = io.StringIO()',                           // 2
    'out.write(textwrap.fill("a b c", width=3))',    // 3
    'text = out.getvalue()',                         // 4
  ].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 4, 'out'), [1, 1]);
});
