// Typed messages between the extension host and the heap panel webview,
// imported by both sides (the direction is in the name). Plain data only: no
// functions, no classes, nothing that does not survive postMessage.
import type { GcSimulation, HeapSnapshot } from '../analysis/results/resultTypes';

export interface PanelDocument {
  uri: string;
  fileName: string;
  python: string;
  /** Allocation line of each object id (click an object → reveal its line). */
  sites: Record<string, number>;
}

export type HostToPanel =
  /** Every program point of the document; the panel shows the one for `focusLine`. */
  | { type: 'snapshots'; doc: PanelDocument; snapshots: HeapSnapshot[]; focusLine: number; incomplete: boolean; snapshotsCut?: boolean }
  /** The cursor moved to `line` (1-based) in the document the panel shows; `leaveFilm` also closes an open film (Show Heap Panel). */
  | { type: 'focus'; line: number; leaveFilm?: boolean }
  /** The collector's steps at one line, played as a film. */
  | { type: 'gc'; run: GcSimulation; doc: PanelDocument }
  /** Nothing to draw yet (analysing, or no analysis): the reason is shown. */
  | { type: 'clear'; reason: string };

export type PanelToHost =
  | { type: 'ready' }
  /** Reveal a 1-based line of the shown document in its editor. */
  | { type: 'revealLine'; line: number }
  /** Save the current drawing: SVG text, or a PNG `data:` URL. */
  | { type: 'export'; format: 'svg' | 'png'; data: string }
  /** Run the collector at `line` and send its film. */
  | { type: 'requestGc'; line: number }
  /** What the panel drew last (panel title, and the extension-host tests read it). */
  | { type: 'rendered'; view: RenderedView };

/** A plain summary of the drawing, read from the panel's DOM after each draw. */
export interface RenderedView {
  mode: 'heap' | 'film' | 'empty';
  title: string;
  /** Line of the program point shown (heap) or of the collection (film). */
  line?: number;
  /** `type label badge` of every object drawn, in drawing order. */
  objects: string[];
  references: number;
  cycleObjects: number;
  garbageObjects: number;
  /** Film only: `2/5 · subtract refs`, the narrated sentence, `gc.collect() → 3` at the end. */
  filmStep?: string;
  narration?: string;
  result?: string;
}

/** Saved with getState/setState and given back to the serializer after a reload. */
export interface PanelState {
  uri?: string;
  /** The cursor line the panel showed. */
  line?: number;
  /** Set while a collector film is open: the line it was simulated at. */
  filmLine?: number;
  zoom: number;
  panX: number;
  panY: number;
  showHidden: boolean;
  selected?: string;
}

export function assertNever(x: never): never {
  throw new Error(`unexpected message ${JSON.stringify(x)}`);
}
