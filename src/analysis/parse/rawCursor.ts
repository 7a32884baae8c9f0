// A tree walk for the lite copy without web-tree-sitter's per-call marshalling.
//
// Every TreeCursor method of web-tree-sitter writes the cursor's four words
// into the runtime's transfer buffer, calls the C function (which reads them,
// moves, and writes them back) and reads the four words back: eight
// DataView accesses through a generic setValue/getValue per step, which cost
// more than the step itself (a third of the whole tree copy in profiles).
// A walk that makes no other call into the runtime can leave the cursor in the
// transfer buffer between steps and call the same exported C functions
// directly. The runtime's module object is the options object handed to
// `Parser.init` (Emscripten's MODULARIZE returns the object it was given),
// which is how PythonParser hands it here.
import type { Tree, TreeCursor } from 'web-tree-sitter';

/** The cursor operations liteTree needs, with TreeCursor's meaning. */
export interface WalkCursor {
  readonly nodeTypeId: number;
  readonly currentFieldId: number;
  readonly nodeId: number;
  readonly startIndex: number;
  readonly endIndex: number;
  readonly nodeIsMissing: boolean;
  gotoFirstChild(): boolean;
  gotoNextSibling(): boolean;
  gotoParent(): boolean;
  /** Ends the walk and frees the cursor. */
  delete(): void;
}

/** The exported C functions of web-tree-sitter's binding that a walk calls (all take the tree). */
interface RuntimeModule {
  HEAP32: Int32Array;
  _ts_init(): number;
  _ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  _ts_tree_cursor_current_field_id_wasm(tree: number): number;
  _ts_tree_cursor_current_node_id_wasm(tree: number): number;
  _ts_tree_cursor_start_index_wasm(tree: number): number;
  _ts_tree_cursor_end_index_wasm(tree: number): number;
  _ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  _ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  _ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  _ts_tree_cursor_goto_parent_wasm(tree: number): number;
}

const NEEDED: readonly (keyof RuntimeModule)[] = [
  '_ts_init', '_ts_tree_cursor_current_node_type_id_wasm', '_ts_tree_cursor_current_field_id_wasm',
  '_ts_tree_cursor_current_node_id_wasm', '_ts_tree_cursor_start_index_wasm', '_ts_tree_cursor_end_index_wasm',
  '_ts_tree_cursor_current_node_is_missing_wasm', '_ts_tree_cursor_goto_first_child_wasm',
  '_ts_tree_cursor_goto_next_sibling_wasm', '_ts_tree_cursor_goto_parent_wasm',
];

let runtime: RuntimeModule | undefined;
let transfer = 0;

/**
 * Registers the runtime module (the object given to Parser.init, once it resolved).
 * A runtime without the expected exports (another web-tree-sitter build) is
 * ignored, and walks go through the public TreeCursor.
 */
export function useRuntime(mod: object): void {
  const m = mod as Partial<RuntimeModule>;
  if (!NEEDED.every((k) => typeof m[k] === 'function') || !(m.HEAP32 instanceof Int32Array)) return;
  runtime = m as RuntimeModule;
  // ts_init only stores the two language-version words and returns the buffer's address.
  transfer = runtime._ts_init() >> 2;
}

/** For tests: whether walks take the direct path. */
export function rawWalksEnabled(): boolean {
  return runtime !== undefined;
}

/** For tests: turns the direct path off (false) or back on with the registered runtime. */
let disabled = false;
export function setRawWalks(on: boolean): void {
  disabled = !on;
}

/** The cursor state words of web-tree-sitter's TreeCursor (its internal fields 0-3). */
type CursorWords = { [i: number]: number };

class RawCursor implements WalkCursor {
  constructor(private readonly m: RuntimeModule, private readonly tree: number, private readonly cursor: TreeCursor) {
    const words = cursor as unknown as CursorWords;
    const heap = m.HEAP32;
    for (let i = 0; i < 4; i++) heap[transfer + i] = words[i];
  }
  get nodeTypeId(): number { return this.m._ts_tree_cursor_current_node_type_id_wasm(this.tree); }
  get currentFieldId(): number { return this.m._ts_tree_cursor_current_field_id_wasm(this.tree); }
  get nodeId(): number { return this.m._ts_tree_cursor_current_node_id_wasm(this.tree); }
  get startIndex(): number { return this.m._ts_tree_cursor_start_index_wasm(this.tree); }
  get endIndex(): number { return this.m._ts_tree_cursor_end_index_wasm(this.tree); }
  get nodeIsMissing(): boolean { return this.m._ts_tree_cursor_current_node_is_missing_wasm(this.tree) === 1; }
  gotoFirstChild(): boolean { return this.m._ts_tree_cursor_goto_first_child_wasm(this.tree) === 1; }
  gotoNextSibling(): boolean { return this.m._ts_tree_cursor_goto_next_sibling_wasm(this.tree) === 1; }
  gotoParent(): boolean { return this.m._ts_tree_cursor_goto_parent_wasm(this.tree) === 1; }
  delete(): void {
    // The stack may have been reallocated (and the memory grown) during the walk:
    // take the words back, from the current view, before TreeCursor frees them.
    const words = this.cursor as unknown as CursorWords;
    const heap = this.m.HEAP32;
    for (let i = 0; i < 4; i++) words[i] = heap[transfer + i];
    this.cursor.delete();
  }
}

/**
 * A cursor at the root of `tree` for one uninterrupted walk: nothing else may
 * call into web-tree-sitter between its first step and `delete()` (the direct
 * path keeps its state in the shared transfer buffer).
 */
export function walkCursor(tree: Tree): WalkCursor {
  const cursor = tree.walk();
  if (!runtime || disabled) return cursor;
  const treePtr = (tree as unknown as { [i: number]: number })[0];
  return new RawCursor(runtime, treePtr, cursor);
}
