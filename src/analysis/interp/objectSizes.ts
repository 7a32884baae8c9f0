// sys.getsizeof for the objects whose size follows from their value alone (measured on
// CPython 3.11, 3.12 and 3.13, 64-bit). What matters to the counts is the int it gives: at most
// 256 it is the shared small int, past it a new object; so only values the model knows exactly
// are sized, everything else stays unknown (lists: their spare capacity depends on their history).
import type { PyObj } from './objects';
import { bytesContent } from './bytesObjects';

/** Bytes of an exact int: PyLongObject with one 30-bit digit (zero too), 4 bytes per further digit. */
function intSize(v: bigint): number {
  let m = v < 0n ? -v : v;
  let digits = 1;
  while ((m >>= 30n) > 0n) digits++;
  return 28 + 4 * (digits - 1);
}

/** getsizeof(o) in bytes, or undefined when the model cannot tell it. */
export function objectSize(o: PyObj, version: string): number | undefined {
  // (a subclass instance has a dict or slots of its own: not sized here)
  if (o.kind !== 'none' && (o.cls || o.type !== o.kind)) return undefined;
  switch (o.kind) {
    case 'none': return 16;
    case 'bool': return 28;
    case 'int': return typeof o.value === 'bigint' && !o.fromId ? intSize(o.value) : undefined;
    case 'float': return typeof o.value === 'number' ? 24 : undefined;
    case 'complex': return o.value !== undefined ? 32 : undefined;
    case 'str': {
      if (typeof o.value !== 'string') return undefined;
      // (a compact ASCII str: its header (one byte smaller from 3.12, without wstr) and the text with its NUL)
      if (!/^[\x00-\x7f]*$/.test(o.value)) return undefined;
      return (version === '3.11' ? 49 : 41) + o.value.length;
    }
    case 'bytes': {
      const c = bytesContent(o);
      return c === undefined ? undefined : 33 + c.length;
    }
    case 'tuple': return o.items && !o.fuzzy ? 40 + 8 * o.items.length : undefined;
    default: return undefined;
  }
}
