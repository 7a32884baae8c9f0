// The re model must find what CPython's _sre finds: the spans below were printed by
// CPython 3.12 (`[[m.span(g) for g in range(len(m.groups()) + 1)] for m in re.finditer(p, t, f)]`,
// None for a group that did not take part, "error" for re.error).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { findSpans } from '../../src/analysis/interp/reModule';
import { translateRegex } from '../../src/analysis/interp/regexTranslate';

const MEASURED: [string, number, string, ([number, number] | null)[][] | 'error'][] = [["(?P<k>\\w+)=(?P<v>\\d+)", 0, "a=1 bb=22 c=x", [[[0, 3], [0, 1], [2, 3]], [[4, 9], [4, 6], [7, 9]]]], ["^\\w+$", 0, "abc\n", [[[0, 3]]]], ["^\\w+$", 8, "ab\ncd\n", [[[0, 2]], [[3, 5]]]], ["a.c", 0, "abc a\nc", [[[0, 3]]]], ["a.c", 16, "abc a\nc", [[[0, 3]], [[4, 7]]]], ["x*", 0, "abxd", [[[0, 0]], [[1, 1]], [[2, 3]], [[3, 3]], [[4, 4]]]], ["\\bfoo\\b", 2, "Foo food FOO", [[[0, 3]], [[9, 12]]]], ["[]a]+", 0, "]a]b", [[[0, 3]]]], ["\\d{,2}", 0, "12345", [[[0, 2]], [[2, 4]], [[4, 5]], [[5, 5]]]], ["(\\d+)   # digits\n       \\s*  ,  # a comma", 64, "12 , 3,", [[[0, 4], [0, 2]], [[5, 7], [5, 6]]]], ["\\Aab|cd\\Z", 0, "abcd", [[[0, 2]], [[2, 4]]]], ["(a)|(b)", 0, "ab", [[[0, 1], [0, 1], null], [[1, 2], null, [1, 2]]]], ["(?i)hello", 0, "HeLLo", [[[0, 5]]]], ["(\\w)(?P=x)?", 0, "aa", "error"], ["\\x41\\101", 0, "AA", [[[0, 2]]]], ["(?:ab)+?c", 0, "ababc", [[[0, 5]]]], ["a{2}b{1,}", 0, "aab aaabb", [[[0, 3]], [[5, 9]]]], ["colou?r", 0, "color colour", [[[0, 5]], [[6, 12]]]], ["$", 0, "ab\n", [[[2, 2]], [[3, 3]]]]];

test('finditer spans equal CPython\'s (anchors, DOTALL, MULTILINE, VERBOSE, classes, empty matches, inline flags)', () => {
  for (const [pattern, flags, text, expected] of MEASURED) {
    const got = findSpans(pattern, flags, text);
    if (expected === 'error') assert.equal(got, undefined, pattern);
    else assert.deepEqual(got?.map((m) => m.map((s) => s ?? null)), expected, pattern);
  }
});

test('patterns whose backtracking may explode, or whose syntax differs, are refused', () => {
  for (const p of [String.raw`(\w+\s?)+$`, String.raw`(a*)*b`, '(a|aa)*b', '(a?){2,}b', String.raw`(?i:a)b`, String.raw`(?(1)a|b)`, String.raw`(?>ab)`, 'a*+', String.raw`\U0001F600`, String.raw`\N{DASH}`, 'é', String.raw`(a)\2`, '*a', String.raw`\q`]) {
    assert.equal(translateRegex(p, 0), undefined, p);
  }
  // LOCALE (bytes only) and DEBUG are not followed; bounded repeats of a group holding + are.
  assert.equal(translateRegex('a', 4), undefined);
  assert.notEqual(translateRegex(String.raw`(\d+\.){3}\d+`, 0), undefined);
});

test('Pattern.flags includes UNICODE for str patterns, and inline flags', () => {
  assert.equal(translateRegex('(?i)a', 0)?.flags, 2 | 32);
  assert.equal(translateRegex('a', 256)?.flags, 256);
  assert.deepEqual(translateRegex('(?P<a>x)(y)(?P<b>z)', 0)?.names, [['a', 1], ['b', 3]]);
});
