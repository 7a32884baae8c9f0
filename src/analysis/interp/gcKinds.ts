import type { PyObj } from './objects';

/**
 * Objects whose type is no GC object at all (no Py_TPFLAGS_HAVE_GC): the
 * collector never tracks them, and a container holding only such objects
 * may be untracked. One table for Builtins.mayBeTracked (what keeps a dict or
 * tuple tracked) and collector.isTracked (what a collection examines), which
 * had drifted apart as two parallel switches.
 */
export function neverGcObject(o: PyObj): boolean {
  switch (o.kind) {
    case 'int': case 'float': case 'str': case 'bytes': case 'bool': case 'none': case 'complex': case 'range': case 'ellipsis':
      return true;
    // (a range iterator, forward or reversed, holds plain C longs or ints and is no GC object:
    // measured 3.11-3.13; a slice, by contrast, is a GC container tracked from creation)
    case 'iterator':
      return o.type === 'range_iterator';
    default:
      return false;
  }
}
