// The heap panel's host side: one webview panel, restored after a reload by
// its serializer (no retainContextWhenHidden), fed with the snapshots of the
// document it shows, following the cursor, routing the panel's typed
// messages. It reads analyses through HeapDataSource and never starts one
// itself (it only says that snapshots are wanted while it is open).
import * as vscode from 'vscode';
import type { AnalysisResult } from '../../analysis/results/resultTypes';
import { assertNever, HostToPanel, PanelDocument, PanelState, PanelToHost, RenderedView } from '../../shared/heapProtocol';
import { VIEW_TYPE } from '../manifestIds';
import type { HeapDataSource, HeapPanelApi } from './heapDataSource';
import { heapHtml, makeNonce } from './heapHtml';

/** How long the cursor event caused by a reveal is waited for (it arrives within one event-loop turn or two). */
const REVEAL_ECHO_MS = 1000;

export function createHeapPanel(context: vscode.ExtensionContext, source: HeapDataSource): HeapPanelApi {
  return new HeapPanel(context, source);
}

/** The panel object also answers what it drew last (the extension-host suite reads it through the extension's exports). */
export interface HeapPanelProbe {
  lastRendered(): RenderedView | undefined;
  isOpen(): boolean;
}

class HeapPanel implements HeapPanelApi, HeapPanelProbe {
  private panel: vscode.WebviewPanel | undefined;
  private readonly panelDisposables: vscode.Disposable[] = [];
  private readonly disposables: vscode.Disposable[] = [];
  private uri: vscode.Uri | undefined;
  private line = 1;
  private ready = false;
  /** Sent once the panel says it is ready (a film asked for before that). */
  private pendingGc: HostToPanel | undefined;
  /** A film to re-run after a reload (the serializer's state had one open). */
  private restoreFilm: number | undefined;
  /** The line a click in the panel revealed: the cursor landing there is not followed. */
  private revealing: number | undefined;
  private rendered: RenderedView | undefined;

  constructor(private readonly context: vscode.ExtensionContext, private readonly source: HeapDataSource) {
    this.disposables.push(vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, {
      deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: PanelState | undefined) => {
        const uri = state?.uri ? vscode.Uri.parse(state.uri) : vscode.window.activeTextEditor?.document.uri;
        if (uri) this.uri = uri;
        this.line = state?.line ?? this.line;
        this.restoreFilm = state?.filmLine;
        this.adopt(panel);
      },
    }));
    source.onDidAnalyze((uri) => {
      if (this.panel && this.uri && uri.toString() === this.uri.toString()) this.postSnapshots();
    }, this, this.disposables);
  }

  show(uri: vscode.Uri, line: number): void {
    const sameDoc = this.uri?.toString() === uri.toString();
    this.uri = uri;
    this.line = line;
    if (this.panel) {
      this.panel.reveal(undefined, true);
      if (sameDoc) this.post({ type: 'focus', line, leaveFilm: true });
      else this.postSnapshots();
      return;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Refcount Lens: Heap', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, this.options());
    this.adopt(panel);
  }

  async showGc(uri: vscode.Uri, line: number): Promise<void> {
    this.show(uri, line);
    const run = await this.source.simulateGc(uri, line);
    if (!run) {
      void vscode.window.showInformationMessage(`Refcount Lens: line ${line} was not reached by the analysis, so there is no heap to collect there.`);
      return;
    }
    const msg: HostToPanel = { type: 'gc', run, doc: this.docInfo(uri, this.source.resultFor(uri)) };
    if (this.ready && this.panel) void this.panel.webview.postMessage(msg);
    else this.pendingGc = msg;
  }

  followCursor(uri: vscode.Uri, line: number): void {
    if (!this.panel) return;
    if (!this.uri || uri.toString() !== this.uri.toString()) {
      // The cursor is in another Python file now: the panel shows that one.
      this.uri = uri;
      this.line = line;
      this.postSnapshots();
      return;
    }
    if (this.revealing === line) { this.revealing = undefined; return; }
    if (line === this.line) return;
    this.line = line;
    this.post({ type: 'focus', line });
  }

  lastRendered(): RenderedView | undefined {
    return this.rendered;
  }

  isOpen(): boolean {
    return !!this.panel;
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      enableFindWidget: false,
      localResourceRoots: [vscode.Uri.joinPath(this.context.extensionUri, 'dist'), vscode.Uri.joinPath(this.context.extensionUri, 'media')],
    };
  }

  private adopt(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    this.ready = false;
    this.rendered = undefined;
    const web = panel.webview;
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'icon.png');
    web.options = this.options();
    web.html = heapHtml({
      cspSource: web.cspSource,
      scriptUri: web.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'heap.js')).toString(),
      styleUri: web.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, 'media', 'heap', 'heap.css')).toString(),
      nonce: makeNonce(),
    });
    this.source.setSnapshotsWanted(true);
    web.onDidReceiveMessage(this.onMessage, this, this.panelDisposables);
    panel.onDidDispose(() => {
      this.panel = undefined;
      this.ready = false;
      this.pendingGc = undefined;
      this.source.setSnapshotsWanted(false);
      for (const d of this.panelDisposables.splice(0)) d.dispose();
    }, this, this.panelDisposables);
  }

  private onMessage(m: PanelToHost): void {
    switch (m.type) {
      case 'ready':
        this.ready = true;
        this.postSnapshots();
        if (this.pendingGc) {
          void this.panel?.webview.postMessage(this.pendingGc);
          this.pendingGc = undefined;
        } else if (this.restoreFilm !== undefined && this.uri) {
          void this.showGc(this.uri, this.restoreFilm);
        }
        this.restoreFilm = undefined;
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
      case 'rendered':
        this.rendered = m.view;
        if (this.panel && this.uri) this.panel.title = `Heap: ${baseName(this.uri)}`;
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
    return { uri: uri.toString(), fileName: baseName(uri), python: r?.python ?? '?', sites };
  }

  private postSnapshots(): void {
    if (!this.uri) return;
    const r = this.source.resultFor(this.uri);
    if (!r) { this.post({ type: 'clear', reason: 'Analysing…' }); return; }
    if (!r.snapshots) { this.post({ type: 'clear', reason: 'Collecting the heap at every line…' }); return; }
    this.post({ type: 'snapshots', doc: this.docInfo(this.uri, r), snapshots: r.snapshots, focusLine: this.line, incomplete: !!r.incomplete, snapshotsCut: !!r.snapshotsCut });
  }

  /** Shows the line in the editor that already shows the document (else beside the panel), keeping the panel's heap where it is. */
  private async reveal(line: number): Promise<void> {
    if (!this.uri) return;
    const uri = this.uri;
    const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
    const doc = visible?.document ?? await vscode.workspace.openTextDocument(uri);
    const ed = await vscode.window.showTextDocument(doc, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
    const target = Math.min(Math.max(0, line - 1), doc.lineCount - 1);
    const text = doc.lineAt(target);
    const range = new vscode.Range(target, text.firstNonWhitespaceCharacterIndex, target, text.range.end.character);
    // The selection event this causes is ours, not the user's moving the cursor.
    this.revealing = line;
    setTimeout(() => { if (this.revealing === line) this.revealing = undefined; }, REVEAL_ECHO_MS);
    ed.selection = new vscode.Selection(range.start, range.end);
    ed.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async export(format: 'svg' | 'png', data: string): Promise<void> {
    const name = `${(this.uri ? baseName(this.uri) : 'heap').replace(/\.py$/, '')}-heap.${format}`;
    const folder = this.uri?.scheme === 'file' ? vscode.Uri.joinPath(this.uri, '..') : vscode.workspace.workspaceFolders?.[0]?.uri;
    const target = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters: { [format.toUpperCase()]: [format] }, title: `Export the heap drawing as ${format.toUpperCase()}` });
    if (!target) return;
    const bytes = format === 'svg' ? new TextEncoder().encode(data) : Uint8Array.from(atob(data.replace(/^data:image\/png;base64,/, '')), (c) => c.charCodeAt(0));
    await vscode.workspace.fs.writeFile(target, bytes);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() || uri.toString();
}
