// PLACEHOLDER owned by the heap-panel work: replaced by the real panel host.
import * as vscode from 'vscode';
import { HeapDataSource, HeapPanelApi } from './heapDataSource';

export function createHeapPanel(context: vscode.ExtensionContext, source: HeapDataSource): HeapPanelApi {
  void context;
  void source;
  return {
    show: () => undefined,
    showGc: async () => undefined,
    followCursor: () => undefined,
    dispose: () => undefined,
  };
}
