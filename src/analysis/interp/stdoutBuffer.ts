// sys.stdout as CPython sets it up when output goes to a pipe or a file (a
// runner that captures output, the oracle): a TextIOWrapper that is neither
// line-buffered nor write-through. Its write() keeps a str that is ASCII (and
// at most one chunk long) as is in pending_bytes, without an encoded copy,
// until 8192 bytes are pending (textio.c, _io_TextIOWrapper_write_impl). So
// `print(s)` leaves one more reference on s until enough output follows or
// stdout is flushed; non-ASCII text is encoded into a new bytes object and
// the str itself is not kept.
import type { Heap } from './heap';
import type { PyObj } from './objects';
import { floatRepr } from '../ir/constants';
import { LIMITS } from './limits';

/** TextIOWrapper's chunk_size (_PIO_DEFAULT_BUFFER_SIZE). */
const CHUNK_SIZE = 8192;

/** What one write adds: its length in bytes as a range, and whether the str object itself is kept. */
interface Piece {
  lo: number;
  hi: number;
  keep: boolean;
}

export class StdoutBuffer {
  /** The str objects pending_bytes holds (owned references). */
  private held: PyObj[] = [];
  /** pending_bytes_count as a range (unknown texts have lengths the analysis only bounds). */
  private lo = 0;
  private hi = 0;

  /** `writeThroughOnOverflow`: a write that would overflow the chunk is flushed with the rest (3.13+). */
  constructor(private readonly heap: Heap, private readonly writeThroughOnOverflow: boolean) {}

  /**
   * stdout.write(text): `text` is the str written (borrowed), `source` the
   * value it was made from (for the length of a number's text). `unsure`: the
   * write may not happen (a branch of unknown direction).
   */
  write(text: PyObj, source: PyObj, unsure = false): void {
    const p = pieceOf(text, source);
    if (unsure) {
      this.maybeKept(text, p);
      this.forget();
      return;
    }
    if (this.lo + p.lo > CHUNK_SIZE) {
      // Too much to join the pending text: that is written out first.
      this.flush();
      if (this.writeThroughOnOverflow) return;
      this.take(text, p);
    } else if (this.hi + p.hi > CHUNK_SIZE) {
      this.maybeKept(text, p);
      this.forget();
      return;
    } else this.take(text, p);
    if (this.lo >= CHUNK_SIZE) this.flush();
    else if (this.hi >= CHUNK_SIZE) this.forget();
  }

  /** stdout.flush() (print(flush=True), input()): everything pending is written and released. */
  flush(): void {
    const held = this.held;
    this.held = [];
    this.lo = this.hi = 0;
    for (const o of held) this.heap.decref(o);
  }

  /**
   * Code the analysis does not follow may have written to stdout or flushed
   * it: the pending strs may be released at any time from now on.
   */
  forget(): void {
    const held = this.held;
    this.held = [];
    this.lo = 0;
    this.hi = CHUNK_SIZE - 1; // (a write that fills the chunk flushes it: less is ever pending)
    for (const o of held) {
      this.heap.decref(o);
      this.heap.escape(o);
    }
  }

  private take(text: PyObj, p: Piece): void {
    if (p.keep) this.held.push(this.heap.incref(text)!);
    else this.maybeKept(text, p);
    this.lo += p.lo;
    this.hi += p.hi;
  }

  /** A str of unknown text may be ASCII (kept) or not: its count is left open. */
  private maybeKept(text: PyObj, p: Piece): void {
    if (p.keep || (text.kind === 'str' && text.value === undefined)) this.heap.escape(text);
  }
}

/** The bytes `text` adds to the buffer and whether the object itself is kept. */
function pieceOf(text: PyObj, source: PyObj): Piece {
  if (text.kind === 'str' && text.value !== undefined) {
    const s = String(text.value);
    // eslint-disable-next-line no-control-regex
    const ascii = /^[\x00-\x7f]*$/.test(s);
    const n = ascii ? s.length : utf8Length(s);
    return { lo: n, hi: n, keep: ascii && n <= CHUNK_SIZE };
  }
  const known = numberText(source);
  if (known !== undefined) return { lo: known.length, hi: known.length, keep: false };
  return { lo: 0, hi: LIMITS.UNKNOWN_TEXT_BYTES, keep: false };
}

/** str() of a known number, bool or None (a new str nobody else holds). */
function numberText(x: PyObj): string | undefined {
  if (x.kind === 'none') return 'None';
  if (x.value === undefined || x.fuzzy || x.fromId) return undefined;
  if (x.kind === 'bool') return x.value ? 'True' : 'False';
  if (x.kind === 'int') return String(x.value);
  if (x.kind === 'float') return floatRepr(x.value as number);
  return undefined;
}

/** The length of a text's UTF-8 encoding. */
export function utf8Length(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
  }
  return n;
}
