// What a format spec does to a str (str.__format__, unicode_format.h): only
// the question the interpreter needs, whether the text comes back unchanged.

/**
 * Whether str.__format__ with `spec` gives `text` back unchanged (and so the
 * exact str itself): its fast path, a spec of fill, align, a width the text
 * already reaches and a precision it does not exceed. Undefined when that
 * depends on a text not known, or on a spec not read here.
 */
export function unchangedBySpec(text: string | undefined, spec: string): boolean | undefined {
  const m = /^(?:.?[<>^])?([1-9]\d*)?(?:\.(\d+))?s?$/u.exec(spec);
  if (!m) return undefined;
  const width = m[1] ? Number(m[1]) : 0;
  const precision = m[2] !== undefined ? Number(m[2]) : undefined;
  if (width <= 1 && precision === undefined) return true;
  if (text === undefined) return undefined;
  const len = [...text].length;
  return len >= width && (precision === undefined || precision >= len);
}
