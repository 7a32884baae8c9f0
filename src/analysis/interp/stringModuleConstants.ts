// The str constants of Lib/string.py (the same in 3.11-3.13): their texts are known, so slicing,
// indexing, `in` and iteration of them are followed like any known str. Each is one object the
// string module's dict holds; other code (and, where the text looks like an identifier, the
// interned-string table) may hold it too, so its own count stays open.
import type { Builtins } from './builtins';
import type { PyObj } from './objects';

const lower = 'abcdefghijklmnopqrstuvwxyz';
const upper = lower.toUpperCase();
const digits = '0123456789';
const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const whitespace = ' \t\n\r\x0b\x0c';

const TEXTS: ReadonlyMap<string, string> = new Map([
  ['ascii_lowercase', lower], ['ascii_uppercase', upper], ['ascii_letters', lower + upper], ['digits', digits],
  ['hexdigits', `${digits}abcdefABCDEF`], ['octdigits', '01234567'], ['punctuation', punctuation], ['whitespace', whitespace],
  ['printable', digits + lower + upper + punctuation + whitespace],
]);

const made = new WeakMap<Builtins, Map<string, PyObj>>();

/** `string.<name>` when it is one of the module's str constants (the same object on every read), else undefined. */
export function stringModuleConstant(b: Builtins, name: string, pos: { line: number; col: number }): PyObj | undefined {
  const text = TEXTS.get(name);
  if (text === undefined) return undefined;
  let byName = made.get(b);
  if (!byName) made.set(b, byName = new Map());
  let o = byName.get(name);
  if (!o) {
    // (the reference its allocation stands for is the module dict's, never released)
    o = b.newStr(text, pos);
    b.it.heap.fuzz(o);
    byName.set(name, o);
  }
  return o;
}
