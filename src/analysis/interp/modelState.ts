// State the model keeps beside a library object it follows (a StringIO's text, a BytesIO's
// content, a file's pending writes), in a WeakMap so that it goes with the object.
//
// Once the object went to code the model does not follow (`csv.writer(buf)`, a library that
// takes a file), that code may have used it: its count is open then, and so is what the state
// says. The one rule is kept here for every such object.
import type { PyObj } from './objects';

export class ModelState<S extends object> {
  private readonly states = new WeakMap<PyObj, S>();

  /** @param drop drops, in place, what the state can no longer know after unfollowed code used the object. */
  constructor(private readonly drop: (st: S) => void) {}

  set(o: PyObj, st: S): void {
    this.states.set(o, st);
  }

  has(o: PyObj): boolean {
    return this.states.has(o);
  }

  /** The state as the model knows it now: forgotten in part once the object escaped. */
  get(o: PyObj): S | undefined {
    const st = this.states.get(o);
    if (st && o.fuzzy && !o.countKnown) this.drop(st);
    return st;
  }

  /** Applies the rule now: code the model does not follow used the object, though its count stays known. */
  forget(o: PyObj): void {
    const st = this.states.get(o);
    if (st) this.drop(st);
  }

  /** The state as recorded, without the rule: for reads that check the object's count themselves, and updates that hold either way. */
  recorded(o: PyObj): S | undefined {
    return this.states.get(o);
  }
}
