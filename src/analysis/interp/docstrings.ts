// 3.13's compiler cleans docstrings (_PyCompile_CleanDoc, a C inspect.cleandoc that keeps blank
// lines): tabs expanded, the first line's leading spaces dropped, and the smallest indentation of
// the other non-blank lines taken off every later line. When that changes the text, co_consts
// holds the cleaned str — a new object the compiler made, with no parser reference, merged with
// an equal constant of the file if there is one — instead of the literal's, which keeps only its
// other holders. (≤3.12 keep the literal as written.)
import type { CodeIR, Expr } from '../ir/irTypes';
import { constKey } from '../ir/constants';
import type { Interpreter } from './interpreter';
import type { PyObj } from './objects';

/** Python's str.expandtabs(8). */
function expandTabs(text: string): string {
  let out = '';
  let col = 0;
  for (const ch of text) {
    if (ch === '\t') {
      const n = 8 - (col % 8);
      out += ' '.repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

/** How many spaces a line starts with. */
function leadingSpaces(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

/** The text 3.13 stores for a docstring, or undefined when cleaning leaves it as it is. */
export function cleanedDoc(text: string): string | undefined {
  const expanded = text.includes('\t') ? expandTabs(text) : text;
  const lines = expanded.split('\n');
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const indent = leadingSpaces(line);
    if (indent < line.length) margin = Math.min(margin, indent);
  }
  if (margin === Infinity) margin = 0;
  const first = lines[0].slice(leadingSpaces(lines[0]));
  if (first === lines[0] && margin === 0) return expanded === text ? undefined : expanded;
  // (a line shorter than the margin is all spaces: it loses what it has)
  return [first, ...lines.slice(1).map((l) => l.slice(Math.min(margin, leadingSpaces(l))))].join('\n');
}

/**
 * On 3.13, moves each docstring's co_consts reference from the literal's object to the cleaned
 * text's (made here when no constant of the file equals it); docObject then loads that one.
 */
export function cleanDocConstants(it: Interpreter, codes: readonly CodeIR[]): void {
  for (const code of codes) {
    const doc = code.doc;
    if (doc?.k !== 'const' || doc.value.t !== 'str') continue;
    const text = cleanedDoc(doc.value.v);
    if (text === undefined) continue;
    const raw = it.constObjs.get(doc.key);
    if (raw && !raw.immortal && raw.constHolders > 0) {
      raw.rc--;
      raw.constHolders--;
    }
    const value = { t: 'str' as const, v: text };
    const key = constKey(value);
    const equal = it.module.constants.get(key);
    const o = it.constObj(value, doc.line, doc.col, false, key);
    // (an equal literal compiled after the docstring is merged into the docstring's object: the
    // literal's own object, which the parser holds, is another one nobody loads)
    if (equal && !o.immortal && (equal.pos.line > doc.line || (equal.pos.line === doc.line && equal.pos.col > doc.col))) {
      o.rc -= o.parserRefs;
      o.parserRefs = 0;
    }
    if (!o.immortal) {
      o.rc++;
      o.constHolders++;
    }
    it.cleanDocKeys.set(doc, key);
  }
}

/** The docstring object a def, class or module body stores (3.13: the cleaned one). */
export function docObject(it: Interpreter, doc: Expr): PyObj | undefined {
  const key = it.cleanDocKeys.get(doc);
  return key === undefined ? undefined : it.heap.incref(it.constObjs.get(key));
}
