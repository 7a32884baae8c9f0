// PyUnicode_InternInPlace, the one rule for every caller that interns a str it was given:
// sys.intern(s), operator.attrgetter('name') (each undotted name) and operator.methodcaller('name').
// If a str of that text is interned already (one the run interned before, or an identifier-like
// constant / name of the program's code, interned when it was compiled), that str replaces the
// argument, which keeps its count. Otherwise the argument itself becomes the interned table's entry:
// on 3.12 it is made immortal (reported under a new id); 3.11 and 3.13 do not count the table's
// references (measured 3.11-3.13: attrgetter('efgh') of a fresh str, +1 for the getter only).
import type { Interpreter } from './interpreter';
import type { PyObj } from './objects';
import { startupInterned } from './startupInterned';

/**
 * Whether a string with this text is interned before the program asks: compiling the program interned
 * it (an identifier-like constant, a name its code uses), or the interpreter's startup did (the runtime's
 * own strings and the names of the code it ran, measured per version: startupInterned.ts). 'maybe'
 * when that depends on the installation (what its site-packages' .pth files import at startup).
 */
export function internedBefore(it: Interpreter, text: string): 'yes' | 'no' | 'maybe' {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(text)) return 'no';
  if (it.constObjs.has(`str:${text}`)) return 'yes';
  if (codeNamesOf(it).has(text)) return 'yes';
  return startupInterned(it.vm.startupInternedOf, text);
}

/** Per run: every name the module's code objects hold (their own names, locals, globals used, cell and free variables). */
const codeNames = new WeakMap<Interpreter, Set<string>>();

/** The names compiling the run's module interned, gathered once per run (its code objects are fixed once lowered). */
function codeNamesOf(it: Interpreter): Set<string> {
  let names = codeNames.get(it);
  if (!names) {
    names = new Set();
    for (const c of it.module.codes) {
      names.add(c.name);
      for (const set of [c.locals, c.globalsUsed, c.cellVars, c.freeVars]) for (const n of set) names.add(n);
    }
    codeNames.set(it, names);
  }
  return names;
}

/** Interns `s` (borrowed) in place: the interned str of its text (borrowed), `s` itself or the earlier entry. */
export function internInPlace(it: Interpreter, s: PyObj): PyObj {
  const b = it.b;
  // A string of the same text the run interned before is the answer (the interned table's entry,
  // which lives as long as that string does: its dealloc takes it out of the table).
  const text = s.kind === 'str' && typeof s.value === 'string' ? s.value : undefined;
  const earlier = text === undefined ? undefined : b.runtimeInterned.get(text);
  if (earlier && earlier !== s && earlier.alive && earlier.value === text) return earlier;
  // The code's own identifier-like constant or name of that text was interned when the code was
  // compiled (or the startup's string of that text): that string is the table's entry and the
  // answer; `s` stays as it was (mortal, its count untouched).
  const before = text !== undefined && !s.fuzzyValue ? internedBefore(it, text) : undefined;
  if (before === 'yes') {
    const entry = it.constObjs.get(`str:${text}`) ?? b.newStrImmortal(text!);
    if (entry !== s) return entry;
  }
  // Interned at startup by some installations only: the answer is `s` (made the entry: one more
  // reference, immortal on 3.12) or the earlier str (`s` left alone). Both are open.
  if (before === 'maybe') {
    it.heap.escape(s);
    return s;
  }
  // (not when the text is one the code interned already: that constant, not `s`, is the entry)
  if (before === 'no') b.runtimeInterned.set(text!, s);
  if (it.vm.immortalInterned && !s.immortal) {
    // 3.12 makes interned strings immortal: from here on the object is reported under a new id.
    s.immortal = true;
    s.oid = `${s.site}.interned`;
    it.recorder.sharedSites.add(s.oid);
  }
  // An equal string interned before (an identifier-like constant or a name of the program's code) may
  // come back instead: where interned strings are counted, the answer's count is then open.
  if (!it.vm.immortalInterned && (s.value === undefined || before === 'yes')) it.heap.escape(s);
  return s;
}
