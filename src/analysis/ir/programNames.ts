// The identifiers of a program's source. CPython 3.13's parser interns every NAME token it
// reads immortal (_PyPegen_new_identifier), while the compiler interns other identifier-like
// string constants mortal: a constant equal to one of the program's identifiers is that same
// immortal object ('foo' after `foo = 1`, even when the name sits in dead code or in the middle
// of a dotted import path), one equal to no identifier is not. Measured on 3.12 (where every
// interned string is immortal anyway) and 3.13.
import type { LiteNode } from '../parse/liteTree';

/** Every identifier's text in `root`. Iterative: deep nesting must not overflow the JS stack. */
export function programNames(root: LiteNode): Set<string> {
  const names = new Set<string>();
  const stack: LiteNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'identifier') names.add(n.text);
    else for (const c of n.children) stack.push(c);
  }
  return names;
}
