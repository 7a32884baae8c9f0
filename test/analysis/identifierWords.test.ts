// The recorder's scan for the words a statement's lines mention (a `# ?rc x` probe names x)
// finds what the regex /[A-Za-z_][A-Za-z0-9_]*/g finds, in the same order.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { addIdentifiers } from '../../src/analysis/interp/identifierWords';

function byRegex(text: string): string[] {
  return [...new Set([...text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)].map((m) => m[0]))];
}

function byScan(text: string): string[] {
  const out = new Set<string>();
  addIdentifiers(text, out);
  return [...out];
}

test('source lines: the regex words, in order', () => {
  for (const line of ['x = f(y, 2)  # ?rc x y', '9abc _a1 a_9 é_b', '', '   ', 'self.items[0] += 1', 'print(f"{a!r:>10}")', 'a\tb\u00e9c__']) {
    assert.deepEqual(byScan(line), byRegex(line), line);
  }
});

test('random texts of word, digit and other characters', () => {
  const alphabet = 'aZ_09 .#\u00e9\t(x)1b_c';
  let seed = 7;
  const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  for (let t = 0; t < 5000; t++) {
    let s = '';
    for (let i = rand(24); i > 0; i--) s += alphabet[rand(alphabet.length)];
    assert.deepEqual(byScan(s), byRegex(s), JSON.stringify(s));
  }
});
