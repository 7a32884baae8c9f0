// Typed messages between the extension host and the heap panel webview,
// imported by both sides (the direction is in the name). Plain data only.
import type { GcSimulation, HeapSnapshot } from '../analysis/results/resultTypes';

export interface PanelDocument {
  uri: string;
  fileName: string;
  python: string;
  /** Allocation line of each object id (click an object → reveal its line). */
  sites: Record<string, number>;
}

export type HostToPanel =
  | { type: 'snapshots'; doc: PanelDocument; snapshots: HeapSnapshot[]; focusLine: number; incomplete: boolean }
  | { type: 'focus'; line: number }
  | { type: 'gc'; run: GcSimulation; doc: PanelDocument }
  | { type: 'clear'; reason: string };

export type PanelToHost =
  | { type: 'ready' }
  | { type: 'revealLine'; line: number }
  | { type: 'export'; format: 'svg' | 'png'; data: string }
  | { type: 'requestGc'; line: number }
  | { type: 'state'; uri: string };

/** Saved with getState/setState and given back to the serializer after a reload. */
export interface PanelState {
  uri?: string;
  zoom: number;
  panX: number;
  panY: number;
  showHidden: boolean;
  selected?: string;
}

export function assertNever(x: never): never {
  throw new Error(`unexpected message ${JSON.stringify(x)}`);
}
