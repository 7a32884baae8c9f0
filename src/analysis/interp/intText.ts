// The text int() accepts with a base (PyLong_FromString): surrounding whitespace, a sign, the
// base's prefix (0x / 0o / 0b: optional when the base is given, deciding it with base 0), digits
// of that base with single underscores between them (one may follow the prefix), and with base 0
// no leading zero on a non-zero decimal number.

const PREFIX_BASE: Readonly<Record<string, number>> = { x: 16, o: 8, b: 2 };

/** The value of `text` in `base` (0 or 2..36), or undefined where CPython raises ValueError. */
export function intFromText(text: string, base: number): bigint | undefined {
  let t = text.trim();
  let negative = false;
  if (t[0] === '+' || t[0] === '-') { negative = t[0] === '-'; t = t.slice(1); }
  let b = base;
  let prefixed = false;
  const pre = /^0([xob])/i.exec(t);
  if (pre) {
    const pb = PREFIX_BASE[pre[1].toLowerCase()];
    if (base === 0 || base === pb) { b = pb; prefixed = true; t = t.slice(2); }
  }
  if (b === 0) {
    b = 10;
    // ('010' is refused with base 0, as in source code; '0', '00', '0_0' are zero)
    if (/^0/.test(t) && !/^0+(?:_0+)*$/.test(t)) return undefined;
  }
  if (prefixed && t[0] === '_') t = t.slice(1);
  if (!t || t[0] === '_' || t.endsWith('_') || t.includes('__')) return undefined;
  // (CPython 3.11+ refuses more than 4300 digits in a base that is not a power of two: the default
  // sys.get_int_max_str_digits(); a program that changed it gets an unknown answer from the caller)
  if ((b & (b - 1)) !== 0 && t.replace(/_/g, '').length > 4300) return undefined;
  let v = 0n;
  const bb = BigInt(b);
  for (const ch of t.toLowerCase()) {
    if (ch === '_') continue;
    const d = ch >= '0' && ch <= '9' ? ch.charCodeAt(0) - 48 : ch >= 'a' && ch <= 'z' ? ch.charCodeAt(0) - 87 : 99;
    if (d >= b) return undefined;
    v = v * bb + BigInt(d);
  }
  return negative ? -v : v;
}
