// The heap panel's host side: one webview panel, restored after a reload by
// its serializer, fed with snapshots of the document it shows, following the
// cursor; it reads analyses through HeapDataSource and never starts one itself
// (it only tells the sessions that snapshots are wanted).
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../analysis/results/resultTypes';
import { assertNever, HostToPanel, PanelDocument, PanelState, PanelToHost } from '../../shared/heapProtocol';
import type { HeapDataSource, HeapPanelApi } from './heapDataSource';
import { heapHtml } from './heapHtml';

import { VIEW_TYPE } from '../manifestIds';

export function createHeapPanel(context: vscode.ExtensionContext, source: HeapDataSource): HeapPanelApi {
  return new HeapPanel(context, source);
}

class HeapPanel implements HeapPanelApi {
  private panel: vscode.WebviewPanel | undefined;
  private panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private uri: vscode.Uri | undefined;
  private line = 1;
  private ready = false;
  private pendingGc: HostToPanel | undefined;

  constructor(private readonly context: vscode.ExtensionContext, private readonly source: HeapDataSource) {
    this.disposables.push(vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: PanelState | undefined) => {
        const uri = state?.uri ? vscode.Uri.parse(state.uri) : vscode.window.activeTextEditor?.document.uri;
        this.adopt(panel);
        if (uri) this.uri = uri;
      },
    }));
    source.onDidAnalyze((uri) => {
      if (this.panel && this.uri && uri.toString() === this.uri.toString()) this.postSnapshots();
    }, this, this.disposables);
  }

  show(uri: vscode.Uri, line: number): void {
    this.uri = uri;
    this.line = line;
    if (this.panel) {
      this.panel.reveal(undefined, true);
      this.postSnapshots();
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Refcount Lens: Heap', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.options());
    this.adopt(panel);
  }

  async showGc(uri: vscode.Uri, line: number): Promise<void> {
    this.show(uri, line);
    const run = await this.source.simulateGc(uri, line);
    const r = this.source.resultFor(uri);
    if (!run) {
      void vscode.window.showInformationMessage(`Refcount Lens: line ${line} was not reached by the analysis, so there is no heap to collect there.`);
      return;
    }
    const msg: HostToPanel = { type: 'gc', run, doc: this.docInfo(uri, r) };
    if (this.ready) void this.panel?.webview.postMessage(msg);
    else this.pendingGc = msg;
  }

  followCursor(uri: vscode.Uri, line: number): void {
    if (!this.panel || !this.uri || uri.toString() !== this.uri.toString() || line === this.line) return;
    this.line = line;
    this.post({ type: 'focus', line });
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist'), vscode.Uri.joinPath(this.context.extensionUri, 'media')],
    };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'icon.png');
    panel.webview.options = this.options();
    panel.webview.html = heapHtml(panel.webview, this.context.extensionUri);
    this.source.setSnapshotsWanted(true);
    panel.webview.onDidReceiveMessage(this.onMessage, this, this.panelDisposables);
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.ready = false;
      this.source.setSnapshotsWanted(false);
      for (const d of this.panelDisposables.splice(0)) d.dispose();
    }, this, this.panelDisposables);
  }

  private onMessage(m: PanelToHost): void {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.postSnapshots();
        if (this.pendingGc) { void this.panel?.webview.postMessage(this.pendingGc); this.pendingGc = undefined; }
        return;
      case 'revealLine':
        void this.reveal(m.line);
        return;
      case 'export':
        void this.export(m.format, m.data);
        return;
      case 'requestGc':
        if (this.uri) void this.showGc(this.uri, m.line);
        return;
      case 'state':
        return;
      default:
        assertNever(m);
    }
  }

  private post(m: HostToPanel): void {
    if (this.panel && this.ready) void this.panel.webview.postMessage(m);
  }

  private docInfo(uri: vscode.Uri, r: AnalysisResult | undefined): PanelDocument {
    const sites: Record<string, number> = {};
    for (const [id, o] of Object.entries(r?.objects ?? {})) sites[id] = o.site.line;
    return { uri: uri.toString(), fileName: uri.path.split('/').pop() ?? uri.toString(), python: r?.python ?? '?', sites };
  }

  private postSnapshots(): void {
    if (!this.uri) return;
    const r = this.source.resultFor(this.uri);
    if (!r) { this.post({ type: 'clear', reason: 'Analysing…' }); return; }
    if (!r.snapshots) { this.post({ type: 'clear', reason: 'Collecting the heap at every line…' }); return; }
    this.post({ type: 'snapshots', doc: this.docInfo(this.uri, r), snapshots: r.snapshots, focusLine: this.line, incomplete: !!r.incomplete });
  }

  private async reveal(line: number): Promise<void> {
    if (!this.uri) return;
    const doc = await vscode.workspace.openTextDocument(this.uri);
    const ed = await vscode.window.showTextDocument(doc, { viewColumn: vscode.ViewColumn.One, preserveFocus: false });
    const pos = new vscode.Position(Math.max(0, line - 1), 0);
    ed.selection = new vscode.Selection(pos, pos);
    ed.revealRange(new vscode.Range(pos, pos), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async export(format: 'svg' | 'png', data: string): Promise<void> {
    const base = this.uri ? this.uri.path.split('/').pop()?.replace(/\.py$/, '') : 'heap';
    const target = await vscode.window.showSaveDialog({ defaultUri: vscode.Uri.file(`${base}-heap.${format}`), filters: { [format.toUpperCase()]: [format] } });
    if (!target) return;
    const bytes = format === 'svg' ? new TextEncoder().encode(data) : Uint8Array.from(atob(data.replace(/^data:image\/png;base64,/, '')), (c) => c.charCodeAt(0));
    await vscode.workspace.fs.writeFile(target, bytes);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
