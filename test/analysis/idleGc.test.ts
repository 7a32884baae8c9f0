// The worker's idle-time young-generation collection (src/extension/idleGc.ts):
// it runs under Node, empties the young generation, and leaves the process's
// own globals alone.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as v8 from 'v8';
import { collectYoungGeneration } from '../../src/extension/idleGc';

const youngUsed = (): number => v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space')!.space_used_size;

test('a young-generation collection runs and empties the young generation', () => {
  const before = (globalThis as { gc?: unknown }).gc;
  // (the first call makes the context that holds gc(): its own allocations are not the garbage measured)
  assert.equal(collectYoungGeneration(), true);
  let sink = 0;
  for (let i = 0; i < 20000; i++) sink += [i, i + 1, { i }].length; // short-lived garbage
  const full = youngUsed();
  assert.equal(collectYoungGeneration(), true);
  const after = youngUsed();
  // (V8 may have scavenged on its own inside the loop: then `full` is small already, and what is
  // left after the collection is only the survivors, a few KiB)
  assert.ok(sink > 0 && (after < full || after < 64 * 1024), `young generation ${full} → ${after} bytes`);
  assert.equal((globalThis as { gc?: unknown }).gc, before, 'gc() is not added to this context');
});
