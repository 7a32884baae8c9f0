// The contract between the editor layer (document sessions) and the heap
// panel: the panel reads analysis results through this and never starts an
// analysis of its own accord.
import * as vscode from 'vscode';
import { AnalysisResult, GcSimulation } from '../../analysis/results/resultTypes';

export interface HeapDataSource {
  /** The latest good result for the document, with `snapshots` when the panel asked for them. */
  resultFor(uri: vscode.Uri): AnalysisResult | undefined;
  /** Fires after a document's result changed. */
  readonly onDidAnalyze: vscode.Event<vscode.Uri>;
  /** Tells the sessions that snapshots are wanted (the panel is open) or not. */
  setSnapshotsWanted(wanted: boolean): void;
  /** The collector simulated at `line` (1-based), analysing again if needed. */
  simulateGc(uri: vscode.Uri, line: number): Promise<GcSimulation | undefined>;
}

export interface HeapPanelApi extends vscode.Disposable {
  /** Opens (or reveals) the panel on the heap after `line` (1-based) of `uri`. */
  show(uri: vscode.Uri, line: number): void;
  /** Opens the panel on the collector film for `line`. */
  showGc(uri: vscode.Uri, line: number): Promise<void>;
  /** The cursor moved: follow it if the panel is open. */
  followCursor(uri: vscode.Uri, line: number): void;
}
