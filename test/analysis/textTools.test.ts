// string's constants, textwrap.wrap and Template.get_identifiers (stringModuleConstants.ts,
// textwrapModel.ts, stringTemplate.ts): known texts and new lists, with counts CPython 3.11-3.13 gives.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

test('a slice of string.ascii_letters is a new str; the constant itself stays open', async () => {
  const src = ['import string', 'a = string.ascii_letters[:10]', 'c = string.digits', 'done = a == "abcdefghij"'].join('\n');
  const r = await analyze(src, { python: '3.12' });
  assert.deepEqual(countOf(r, 2, 'a'), [1, 1]);
  assert.equal(countOf(r, 3, 'c')?.[1], null);
});

test('textwrap.wrap gives a new list; get_identifiers a new list; the template is not let go', async () => {
  const src = ['import string, textwrap', 'w = textwrap.wrap("some words to wrap", 5)', 't = string.Template("$a $b $a")',
    'ids = t.get_identifiers()', 'ok = t.is_valid()'].join('\n');
  const r = await analyze(src, { python: '3.11' });
  assert.deepEqual(countOf(r, 2, 'w'), [1, 1]);
  assert.deepEqual(countOf(r, 4, 'ids'), [1, 1]);
  assert.deepEqual(countOf(r, 5, 't'), [1, 1]);
});
