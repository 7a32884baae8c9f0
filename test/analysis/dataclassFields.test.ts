// dataclasses.fields(): each Field's .name is the interned identifier that keys
// __dataclass_fields__, so getattr(obj, f.name) reads the field exactly.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { analyze, countOf } from '../helpers/engine';

const SOURCE = `import dataclasses
@dataclasses.dataclass
class Row:
    label: object
    extra: object = dataclasses.field(default=None)
tag = [1.5]
row = Row(tag, tag)
vals = [getattr(row, f.name) for f in dataclasses.fields(row)]
name = dataclasses.fields(Row)[1].name
`;

test('Field.name is the field dict key: getattr by it is exact', async () => {
  for (const python of ['3.12', '3.13'] as const) {
    const r = await analyze(SOURCE, { python });
    assert.deepEqual(countOf(r, 8, 'tag'), [5, 5], python);
    assert.equal(countOf(r, 9, 'name'), 'immortal', python);
  }
});
