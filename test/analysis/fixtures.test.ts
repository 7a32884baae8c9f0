// Runs every mdtest suite in test/fixtures/ (see test/helpers/mdtest.ts).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/engine';
import { checkCase, parseMarkdown } from '../helpers/mdtest';

const dir = path.join(ROOT, 'test', 'fixtures');
for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.md')).sort()) {
  for (const c of parseMarkdown(f, fs.readFileSync(path.join(dir, f), 'utf8'))) {
    for (const v of c.versions) {
      test(`${f}: ${c.title} (${v})`, async () => {
        const errors = await checkCase(c, v);
        assert.deepEqual(errors, []);
      });
    }
  }
}
