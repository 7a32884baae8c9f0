// The random module after random.seed(n) with an int: CPython's generator is
// MT19937 (Modules/_randommodule.c) and Lib/random.py draws from it in a fixed
// way, so a seeded program picks the same objects every run and the analysis
// can follow which. Without a seed (or after a call that consumes numbers in a
// way not followed here) the state is unknown: picks are unknown objects.
import type { Builtins } from './builtins';
import type { PyObj } from './objects';
import { knownInt } from './operators';
import { rangeLength } from './rangeValues';

type Pos = { line: number; col: number };

const N = 624;
const M = 397;

/** MT19937 as _randommodule.c runs it (init_by_array seeding, genrand_uint32). */
export class MersenneTwister {
  private readonly mt = new Uint32Array(N);
  private mti = N + 1;

  /**
   * random_seed with an int: init_by_array over the 32-bit words of |n|, least significant first.
   * Given a generator instead: a copy of its state (clone(), getstate / setstate).
   */
  constructor(seed: bigint | MersenneTwister) {
    if (seed instanceof MersenneTwister) {
      this.mt.set(seed.mt);
      this.mti = seed.mti;
      return;
    }
    let n = seed < 0n ? -seed : seed;
    const key: number[] = [];
    do { key.push(Number(n & 0xffffffffn)); n >>= 32n; } while (n > 0n);
    this.initByArray(key);
  }

  private initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) mt[i] = (Math.imul(1812433253, mt[i - 1] ^ (mt[i - 1] >>> 30)) + i) >>> 0;
    this.mti = N;
  }

  private initByArray(key: number[]): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k; k--) {
      mt[i] = ((mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1664525)) + key[j] + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k; k--) {
      mt[i] = ((mt[i] ^ Math.imul(mt[i - 1] ^ (mt[i - 1] >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  uint32(): number {
    const mt = this.mt;
    if (this.mti >= N) {
      const mag = (y: number): number => (y & 1 ? 0x9908b0df : 0);
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ mag(y);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ mag(y);
      }
      const y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ mag(y);
      this.mti = 0;
    }
    let y = mt[this.mti++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A generator in the same state (what setstate(getstate()) gives). */
  clone(): MersenneTwister {
    return new MersenneTwister(this);
  }

  /** random_getstate's internal state: the 624 words, then the index. */
  stateWords(): number[] {
    return [...this.mt, this.mti];
  }

  /** random(): 53 random bits from two words. */
  random(): number {
    const a = this.uint32() >>> 5;
    const b = this.uint32() >>> 6;
    return (a * 67108864 + b) * (1 / 9007199254740992);
  }

  /** getrandbits(k): 32-bit words, least significant first, the last one cut to what is left. */
  getrandbits(k: number): bigint {
    if (k <= 32) return k === 0 ? 0n : BigInt(this.uint32() >>> (32 - k));
    let out = 0n;
    for (let i = 0, left = k; left > 0; i++, left -= 32) {
      let r = this.uint32();
      if (left < 32) r >>>= 32 - left;
      out |= BigInt(r) << BigInt(32 * i);
    }
    return out;
  }

  /** Random._randbelow_with_getrandbits: rejection sampling on n.bit_length() bits. */
  randbelow(n: bigint): bigint {
    if (n <= 0n) return 0n;
    const k = n.toString(2).length;
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }
}

/** The random functions followed here; any other random.* call leaves the state unknown. */
export const RANDOM_FUNCS = ['seed', 'random', 'randint', 'randrange', 'choice', 'shuffle', 'uniform', 'getrandbits', 'sample', 'choices', 'getstate', 'setstate'];

/** A generator's state: the module's hidden instance (Builtins.random) or a random.Random object's. */
interface StateHolder {
  random?: MersenneTwister;
}

/** The Random objects the program made, with their generator state (undefined: unknown). */
const instances = new WeakMap<PyObj, StateHolder>();

export const RANDOM_CLASS = 'random.Random';

/** A random.Random object this model follows (its methods are the module functions, on its own state). */
export function isRandomObject(o: PyObj): boolean {
  return instances.has(o);
}

export function isRandomMethod(name: string): boolean {
  return RANDOM_FUNCS.includes(name);
}

/**
 * random.Random(seed): a Python subclass of _random.Random, tracked by the collector, whose
 * __init__ calls self.seed(seed) (an int: the state random.seed(n) gives; none or another
 * value: os.urandom or a hash the model does not follow) and sets gauss_next = None.
 */
function makeRandom(b: Builtins, args: PyObj[], kw: Map<string, PyObj>, pos: Pos): PyObj | undefined {
  if (args.length > 1 || [...kw.keys()].some((k) => k !== 'x')) return undefined;
  const h = b.it.heap;
  const o = h.alloc('builtin', 'Random', h.site(pos.line, pos.col, 'Random', 'Random()'));
  o.builtinName = RANDOM_CLASS;
  o.tracked = true;
  o.acyclic = true;
  const n = knownInt(args[0] ?? kw.get('x'));
  instances.set(o, { random: n !== undefined ? new MersenneTwister(n) : undefined });
  return o;
}


/**
 * `random.choice(seq)` / `rng.choice(seq)` of an exact empty list or tuple: "Cannot choose from an
 * empty sequence" (IndexError), whatever the generator's state.
 */
export function emptyChoice(name: string, args: PyObj[]): boolean {
  const seq = name === 'random.choice' ? args[0] : name === 'random.Random.choice' ? args[1] : undefined;
  return !!seq && !seq.cls && !seq.fuzzy && (seq.kind === 'list' || seq.kind === 'tuple') && seq.items?.length === 0;
}

/**
 * random.<name>(args): the result (a new reference), or undefined when the
 * call is not followed: the caller treats it as an unknown call, and the
 * generator's state is forgotten, since the call may have drawn numbers.
 */
export function callRandom(b: Builtins, name: string, args: PyObj[], kw: Map<string, PyObj>, pos: Pos): PyObj | undefined {
  if (name === 'Random') return makeRandom(b, args, kw, pos);
  // rng.method(...): the same functions on the object's own state (args[0] is the object).
  const own = name.startsWith('Random.') && args[0] ? instances.get(args[0]) : undefined;
  if (own) return drawFrom(b, own, name.slice('Random.'.length), args.slice(1), kw, pos);
  if (name.startsWith('Random.')) return undefined;
  return drawFrom(b, b, name, args, kw, pos);
}

function drawFrom(b: Builtins, state: StateHolder, name: string, args: PyObj[], kw: Map<string, PyObj>, pos: Pos): PyObj | undefined {
  const h = b.it.heap;
  const forget = (): undefined => { state.random = undefined; return undefined; };
  if (name === 'seed') {
    const a = args[0] ?? kw.get('a');
    const n = knownInt(a);
    // An int seeds the generator; None, a str, a float... give a state the model does not know.
    state.random = n !== undefined && [...kw.keys()].every((k) => k === 'a' || k === 'version') ? new MersenneTwister(n) : undefined;
    return h.incref(b.none);
  }
  const mt = state.random;
  if (name === 'getstate' || name === 'setstate') return stateCall(b, state, name, args, kw, pos);
  if ([...kw.keys()].some((k) => !(name === 'choices' && k === 'k'))) return forget();
  if (!mt) return unseeded(b, name, args, pos);
  switch (name) {
    case 'random':
      return args.length ? forget() : b.newFloat(mt.random(), pos);
    case 'uniform': {
      const [lo, hi] = args.map((a) => (a.kind === 'int' || a.kind === 'float') && a.value !== undefined && !a.fromId ? Number(a.value) : undefined);
      if (args.length !== 2 || lo === undefined || hi === undefined) return forget();
      return b.newFloat(lo + (hi - lo) * mt.random(), pos);
    }
    case 'getrandbits': {
      const k = knownInt(args[0]);
      if (k === undefined || k < 0n || k > 4096n) return forget();
      return b.newInt(mt.getrandbits(Number(k)), pos);
    }
    case 'randint': case 'randrange': {
      const nums = args.map(knownInt);
      if (nums.some((x) => x === undefined) || !args.length || args.length > (name === 'randint' ? 2 : 3)) return forget();
      let [start, stop, step] = nums as bigint[];
      if (name === 'randint') { if (args.length !== 2) return forget(); stop += 1n; }
      if (stop === undefined) { stop = start; start = 0n; }
      step ??= 1n;
      if (step !== 1n || stop <= start) return forget();
      return b.newInt(start + mt.randbelow(stop - start), pos);
    }
    case 'choice': {
      const pop = population(b, args[0], pos);
      if (args.length !== 1 || !pop || !pop.n) return forget();
      return pop.at(Number(mt.randbelow(BigInt(pop.n))));
    }
    case 'choices': {
      // population[floor(random() * n)] for each of k picks (no weights).
      const pop = population(b, args[0], pos);
      const k = kw.has('k') ? knownInt(kw.get('k')) : 1n;
      if (args.length !== 1 || !pop || k === undefined || k < 0n || k > 10000n) return forget();
      const picks: PyObj[] = [];
      for (let i = 0; i < Number(k); i++) picks.push(pop.at(Math.floor(mt.random() * pop.n)));
      return b.newSeq('list', picks, pos);
    }
    case 'shuffle': {
      // for i in reversed(range(1, len(x))): j = randbelow(i + 1); swap: counts do not change.
      const x = args[0];
      if (args.length !== 1 || x.kind !== 'list' || !x.items || x.fuzzy) return forget();
      const items = x.items;
      for (let i = items.length - 1; i >= 1; i--) {
        const j = Number(mt.randbelow(BigInt(i + 1)));
        [items[i], items[j]] = [items[j], items[i]];
      }
      return h.incref(b.none);
    }
    case 'sample': {
      const pop = population(b, args[0], pos);
      const k = knownInt(args[1]);
      if (args.length !== 2 || !pop || k === undefined) return forget();
      const n = pop.n;
      if (k < 0n || k > BigInt(n)) return forget();
      const kk = Number(k);
      let setsize = 21;
      if (kk > 5) setsize += 4 ** Math.ceil(Math.log(kk * 3) / Math.log(4));
      // The positions picked (the list random.py builds moves positions, not objects).
      const picked: number[] = [];
      if (n <= setsize) {
        const pool = Array.from({ length: n }, (_, i) => i);
        for (let i = 0; i < kk; i++) {
          const j = Number(mt.randbelow(BigInt(n - i)));
          picked.push(pool[j]);
          pool[j] = pool[n - i - 1];
        }
      } else {
        const selected = new Set<number>();
        for (let i = 0; i < kk; i++) {
          let j = Number(mt.randbelow(BigInt(n)));
          while (selected.has(j)) j = Number(mt.randbelow(BigInt(n)));
          selected.add(j);
          picked.push(j);
        }
      }
      return b.newSeq('list', picked.map((j) => pop.at(j)), pos);
    }
  }
  return forget();
}

/**
 * A population random.py indexes: a known list's or tuple's items, or a
 * range's ints; `at(j)` is population[j], a new reference.
 */
function population(b: Builtins, seq: PyObj, pos: Pos): { n: number; at(j: number): PyObj } | undefined {
  const h = b.it.heap;
  if ((seq.kind === 'list' || seq.kind === 'tuple') && seq.items && !seq.fuzzy) {
    const items = seq.items;
    return { n: items.length, at: (j) => h.incref(items[j])! };
  }
  if (seq.kind === 'range' && seq.rangeVals) {
    const [start, , step] = seq.rangeVals;
    const n = rangeLength(seq.rangeVals);
    if (n > 2n ** 40n) return undefined;
    return { n: Number(n), at: (j) => b.newInt(start + BigInt(j) * step, pos) };
  }
  return undefined;
}

/**
 * Picks from a generator whose state is unknown: which item comes back (or
 * where each one ends up) is unknown, so the items' counts are left open; the
 * list itself keeps its count.
 */
/** The generator state each getstate() tuple stands for (null: one the model does not know; setstate of another tuple: not followed). */
const savedStates = new WeakMap<PyObj, MersenneTwister | null>();

/**
 * getstate(): a new tuple (VERSION 3, the internal state as a tuple of 625 new ints, gauss_next)
 * that keeps no reference to the generator; setstate(t): the generator copies the ints into its
 * own array and keeps nothing of the tuple (random.py and _randommodule.c).
 */
function stateCall(b: Builtins, state: StateHolder, name: string, args: PyObj[], kw: Map<string, PyObj>, pos: Pos): PyObj | undefined {
  const h = b.it.heap;
  if (kw.size) return undefined;
  if (name === 'getstate') {
    if (args.length) return undefined;
    const mt = state.random;
    const words = mt ? mt.stateWords().map((w) => BigInt(w)) : Array.from({ length: N + 1 }, () => undefined);
    const inner = b.newSeq('tuple', words.map((w) => b.newInt(w, pos)), pos);
    // (gauss_next: None while the model follows the generator, as gauss() is not followed; else None or a float)
    const gaussNext = mt ? h.incref(b.none)! : b.unknown(pos.line, pos.col);
    const out = b.newSeq('tuple', [b.newInt(3n, pos), inner, gaussNext], pos);
    savedStates.set(out, mt ? mt.clone() : null);
    return out;
  }
  const saved = args.length === 1 ? savedStates.get(args[0]) : undefined;
  if (saved === undefined) { state.random = undefined; return undefined; }
  state.random = saved?.clone();
  return h.incref(b.none);
}

function unseeded(b: Builtins, name: string, args: PyObj[], pos: Pos): PyObj | undefined {
  const h = b.it.heap;
  const seq = args[0];
  const known = seq && (seq.kind === 'list' || seq.kind === 'tuple') && seq.items && !seq.fuzzy;
  if (!known || (name !== 'choice' && name !== 'shuffle' && name !== 'sample' && name !== 'choices')) return undefined;
  if (name === 'shuffle' && seq.kind !== 'list') return undefined;
  for (const x of seq.items!) h.escape(x);
  if (name === 'shuffle') return h.incref(b.none);
  if (name === 'choice') return b.unknown(pos.line, pos.col);
  const out = b.newSeq('list', [], pos);
  out.fuzzy = true;
  return out;
}
