// contextlib.closing and contextlib.nullcontext as Lib/contextlib.py writes them (3.11-3.13):
// small classes whose instance keeps one object in its __dict__ (`self.thing`, `self.enter_result`)
// and whose __enter__ returns it. closing's __exit__ calls `self.thing.close()`; nullcontext's does
// nothing; neither suppresses. The with statement's bound __exit__ keeps the manager alive until
// the block ends.
import type { Builtins } from './builtins';
import type { Frame } from './frame';
import type { CallSite, G, Interpreter } from './interpreter';
import { LeftLibraryFrame, throughLibraryFrame } from './libraryFrames';
import type { PyObj } from './objects';

export const CLOSING = 'contextlib.closing';
export const NULLCONTEXT = 'contextlib.nullcontext';
/** The attribute each keeps its object in. */
const HELD_ATTR: Record<string, string> = { [CLOSING]: 'thing', [NULLCONTEXT]: 'enter_result' };

/** builtinName of the manager a call of `name` makes. */
export function holderObjectName(name: string): string {
  return `${name}()`;
}

/** Whether `o` is one of these managers (its builtinName says which). */
export function isHolderCm(o: PyObj): boolean {
  return o.builtinName === holderObjectName(CLOSING) || o.builtinName === holderObjectName(NULLCONTEXT);
}

/** closing(thing) / nullcontext(enter_result=None), arguments borrowed: the manager, or undefined when not followed. */
export function makeHolderCm(b: Builtins, it: Interpreter, name: string, args: PyObj[], kwargs: [string, PyObj][], site: CallSite): PyObj | undefined {
  const attr = HELD_ATTR[name];
  if (args.length + kwargs.length > 1 || (kwargs.length && kwargs[0][0] !== attr)) return undefined;
  const held = args[0] ?? kwargs[0]?.[1] ?? (name === NULLCONTEXT ? b.none : undefined);
  if (!held) return undefined;
  const h = it.heap;
  const type = name.slice('contextlib.'.length);
  const cm = h.alloc('builtin', type, h.site(site.line, site.col, type, type));
  cm.builtinName = holderObjectName(name);
  cm.tracked = true;
  cm.attrs = new Map([[attr, h.incref(held)!]]);
  b.noteStore(cm, held);
  return cm;
}

/** __enter__: the object it keeps (a new reference). */
export function holderEnter(b: Builtins, cm: PyObj): PyObj | undefined {
  const v = cm.attrs?.values().next().value as PyObj | undefined;
  return v ? b.it.heap.incref(v) : undefined;
}

/**
 * __exit__(*exc_info): closing calls `self.thing.close()`; both give None (nothing suppressed).
 * An exception out of that line (a thing without close: the AttributeError keeps the thing, as
 * LOAD_ATTR's set_attribute_error_context does; or close() raising) leaves closing.__exit__'s
 * frame, whose traceback entry keeps `self` (the manager) and the `exc_info` tuple.
 */
export function* holderExit(b: Builtins, cm: PyObj, excInfo: PyObj[], frame: Frame, site: CallSite): G<PyObj> {
  const thing = cm.builtinName === holderObjectName(CLOSING) ? cm.attrs?.get('thing') : undefined;
  if (thing) {
    const h = b.it.heap;
    const exitFrame = (): LeftLibraryFrame => {
      const info = b.newSeq('tuple', excInfo.map((x) => h.incref(x)!), site);
      return { qualname: 'closing.__exit__', locals: [['self', cm], ['exc_info', info]], made: [info] };
    };
    yield* throughLibraryFrame(b.it, frame, exitFrame, function* () {
      // (`self.thing` on the stack while close is looked up; the bound self then takes its place)
      h.incref(thing);
      let m: { func: PyObj; self?: PyObj };
      try {
        m = yield* b.keepingAttributeErrorObject(thing, () => b.loadMethod(thing, 'close', frame, site));
      } finally {
        h.decref(thing);
      }
      try {
        h.decref(yield* b.it.callObject(m.func, m.self ? [m.self] : [], [], frame, site));
      } finally {
        h.decref(m.func);
      }
    });
  }
  return b.none;
}
