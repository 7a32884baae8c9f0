// The identifier-like words of a source line (a leaf module: no interpreter import).
/**
 * Each word of `text` that the identifier pattern [A-Za-z_][A-Za-z0-9_]* matches (global), in order, into `out`: the same words
 * the regex finds (a run starts at a letter or `_`, digits before it skipped), scanned by
 * character code (matchAll made a match array per word of every recorded statement).
 */
export function addIdentifiers(text: string, out: Set<string>): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isWordStart(c)) { i++; continue; }
    const start = i++;
    while (i < n && isWordPart(text.charCodeAt(i))) i++;
    out.add(text.slice(start, i));
  }
}

function isWordStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57);
}
