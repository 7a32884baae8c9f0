// logging calls (loggingModel.ts): the LogRecord is dropped when the call returns, so arguments
// keep their counts while the configuration keeps no record; anything that may install a
// record-keeping handler ends that, and later calls' arguments escape.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const HEAD = ['import logging', 'log = logging.getLogger("app")', 'class Box:', '    pass', 'obj = Box()'];

test('log calls of a logger and of the module keep nothing', async () => {
  const src = [...HEAD, 'log.info("x %s", obj)', 'logging.warning("%s", [obj])', 'log.log(logging.ERROR, "%(k)s", {"k": obj})'].join('\n');
  for (const python of ['3.11', '3.12', '3.13'] as const) {
    const r = await analyze(src, { python });
    for (const line of [6, 7, 8]) assert.deepEqual(countOf(r, line, 'obj'), [1, 1]);
  }
});

test('log.exception of a plain handled exception keeps nothing', async () => {
  const src = [...HEAD, 'try:', '    raise ValueError(obj)', 'except ValueError as e:', '    log.exception("failed")', '    n = 0'].join('\n');
  assert.deepEqual(countOf(await analyze(src, { python: '3.12' }), 9, 'obj'), [2, 2]);
});

test('addHandler of a handler class of the program ends the known configuration: later arguments escape', async () => {
  // (a standard NullHandler / StreamHandler keeps no record: loggingHandlers.test.ts)
  const src = [...HEAD, 'class Keep(logging.Handler): emit = print', 'log.addHandler(Keep())', 'log.info("x %s", obj)'].join('\n');
  assert.equal(countOf(await analyze(src, { python: '3.12' }), 8, 'obj')?.[1], null);
});

test('a logger handed to code not followed, or an unknown import, ends it too', async () => {
  const adapter = [...HEAD, 'ad = logging.LoggerAdapter(log, {})', 'log.info("x %s", obj)'].join('\n');
  assert.equal(countOf(await analyze(adapter, { python: '3.12' }), 7, 'obj')?.[1], null);
  const imported = [...HEAD, 'import unittest', 'log.info("x %s", obj)'].join('\n');
  assert.equal(countOf(await analyze(imported, { python: '3.12' }), 7, 'obj')?.[1], null);
});

test('an argument whose __str__ stores itself is open; the other arguments are back', async () => {
  const src = [...HEAD, 'seen = []', 'class Loud:', '    def __str__(self):', '        seen.append(self)', '        return "l"',
    'a = Loud()', 'log.warning("%s %s", a, obj)'].join('\n');
  const r = await analyze(src, { python: '3.13' });
  assert.equal(countOf(r, 12, 'a')?.[1], null);
  assert.deepEqual(countOf(r, 12, 'obj'), [1, 1]);
});
