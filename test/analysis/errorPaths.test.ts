// Error paths release what the operation held (ARCHITECTURE.md invariant): after a caught
// exception, the objects the failed operation had taken are back at their own counts.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

/** The source of `fn`'s body run on a fresh list `b` inside try / except, then `b` probed. */
function caught(body: string[]): string {
  return ['class E:', '    def __eq__(self, o):', '        raise ValueError', '    def __hash__(self):', '        return 1',
    'def f(x):', ...body.map((l) => '    ' + l), 'b = [0]', 'try:', '    f(b)', 'except Exception:', '    pass', 'c = b'].join('\n') + '\n';
}

const bodies: [string, string[]][] = [
  ['a slice store whose iterable raises', ['l = [1, 2]', 'l[:] = map(lambda v: 1 / 0, [x])']],
  ['max() whose comparison raises', ['max(x, 5)']],
  ['a default that raises', ['def h(a=x, b=1 / 0):', '    return a']],
  ['a keyword-only default that raises', ['def h(*, a=x, b=x[9]):', '    return a']],
  ['a dict comprehension whose value raises', ['{v: 1 / 0 for v in [x]}']],
  ['a set display whose __eq__ raises', ['{E(), x[0], E()}', 'y = x']],
  ['set() of items whose __eq__ raises', ['set([x, E(), E()])']],
  ['dict() of pairs whose key __eq__ raises', ['dict([(E(), x), (E(), x)])']],
  ['a filter test that raises', ['list(filter(lambda v: 1 / 0, [x]))']],
];

for (const [name, body] of bodies) {
  test(`error path releases: ${name}`, async () => {
    const src = caught(body);
    const r = await analyze(src, { python: '3.12' });
    const line = src.split('\n').indexOf('c = b') + 1;
    assert.deepEqual(countOf(r, line, 'c'), [2, 2], src);
  });
}
