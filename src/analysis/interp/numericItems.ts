// The known numeric items statistics reads (mean's _sum, median's sorted(), mode's Counter):
// exact ints, bools, floats, and Decimals and Fractions of known value, each with its exact
// value as a ratio in lowest terms (equal values compare and hash equal across the types, as
// CPython's numeric hash makes them) and, for ints within 2**53 and floats, a JS number.
import { decimalRatio } from './decimalValues';
import { floatRatio } from './fractionValues';
import type { PyObj } from './objects';

export type NumericKind = 'int' | 'bool' | 'float' | 'decimal' | 'fraction';
/** One item: its kind, its exact value n / d (none for an infinity or a Decimal too wide), its double when exact. */
export type NumericItem = { kind: NumericKind; ratio?: [bigint, bigint]; num?: number };

/** An item's known value; undefined for a subclass, an unknown value, a NaN or another type. */
export function knownNumericItem(x: PyObj): NumericItem | undefined {
  if (x.pureData?.t === 'decimal') { const r = decimalRatio(x.pureData); return r && { kind: 'decimal', ratio: r }; }
  if (x.pureData?.t === 'fraction') return { kind: 'fraction', ratio: [x.pureData.n, x.pureData.d] };
  if (x.fromId || x.cls || x.type !== x.kind) return undefined;
  if (x.kind === 'bool' && typeof x.value === 'boolean') return { kind: 'bool', ratio: [x.value ? 1n : 0n, 1n], num: x.value ? 1 : 0 };
  if (x.kind === 'int' && typeof x.value === 'bigint') {
    const n = Number(x.value);
    return { kind: 'int', ratio: [x.value, 1n], num: Number.isSafeInteger(n) ? n : undefined };
  }
  if (x.kind === 'float' && typeof x.value === 'number' && !Number.isNaN(x.value)) return { kind: 'float', ratio: floatRatio(x.value), num: x.value };
  return undefined;
}

/** Every item's known value, or undefined when one is not known. */
export function knownNumericItems(items: readonly PyObj[]): NumericItem[] | undefined {
  const out: NumericItem[] = [];
  for (const x of items) {
    const v = knownNumericItem(x);
    if (!v) return undefined;
    out.push(v);
  }
  return out;
}
