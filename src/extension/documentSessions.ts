// One analysis session per Python document: edits are collected and debounced,
// a newer edit cancels the run in progress, results for an old version are
// dropped, and the last good result is kept when an analysis fails.
// Providers read `resultFor`; they never start an analysis themselves.
import * as vscode from 'vscode';
import type { TextChange } from '../analysis/engineHost';
import type { AnalysisResult, GcSimulation, LineState, PythonVersion } from '../analysis/results/resultTypes';
import type { AnalysisClient } from './analysisClient';
import { toTextChanges } from './analysisClient';
import type { Config } from './config';
import type { HeapDataSource } from './heapPanel/heapDataSource';

interface Session {
  uri: vscode.Uri;
  /** Edits since the last analysis was sent (positions in successive texts). */
  changes: TextChange[] | undefined;
  cts?: vscode.CancellationTokenSource;
  timer?: ReturnType<typeof setTimeout>;
  last?: { version: number; result: AnalysisResult; python: PythonVersion };
  /** The document changed since `last` (numbers are stale until the next result). */
  stale: boolean;
}

/** Below this size every line's holders come with the analysis; above, a hover asks for its line. */
export const SMALL_FILE_CHARS = 8000;

export class DocumentSessions implements HeapDataSource, vscode.Disposable {
  private readonly sessions = new Map<string, Session>();
  private readonly emitter = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidAnalyze = this.emitter.event;
  private snapshotsWanted = false;
  python: PythonVersion = '3.12';
  private readonly disposables: vscode.Disposable[] = [this.emitter];

  constructor(private readonly client: AnalysisClient, private readonly config: Config, private readonly log: vscode.LogOutputChannel) {
    vscode.workspace.onDidOpenTextDocument((d) => this.schedule(d, 0), this, this.disposables);
    vscode.workspace.onDidChangeTextDocument(this.onChange, this, this.disposables);
    vscode.workspace.onDidCloseTextDocument(this.onClose, this, this.disposables);
  }

  /** Starts sessions for the Python documents already open. */
  start(): void {
    for (const d of vscode.workspace.textDocuments) this.schedule(d, 0);
  }

  private key(uri: vscode.Uri): string {
    return uri.toString();
  }

  private sessionFor(uri: vscode.Uri): Session {
    let s = this.sessions.get(this.key(uri));
    if (!s) {
      s = { uri, changes: undefined, stale: true };
      this.sessions.set(this.key(uri), s);
    }
    return s;
  }

  private onChange(e: vscode.TextDocumentChangeEvent): void {
    if (e.document.languageId !== 'python' || e.contentChanges.length === 0) return;
    const s = this.sessionFor(e.document.uri);
    s.stale = true;
    if (s.changes) s.changes.push(...toTextChanges(e.document, e));
    // Until a document has its first result, changes do not wait: a change right
    // after opening (an untitled file gets its content that way) would otherwise
    // cancel the first analysis and hold the first counts back by the debounce.
    this.schedule(e.document, s.last ? this.config.debounceMs : 0);
  }

  private onClose(doc: vscode.TextDocument): void {
    const k = this.key(doc.uri);
    const s = this.sessions.get(k);
    if (!s) return;
    s.cts?.cancel();
    s.cts?.dispose();
    if (s.timer) clearTimeout(s.timer);
    this.sessions.delete(k);
    this.client.close(k);
  }

  /** Analyses `doc` after `delayMs` (0: now), cancelling what was pending. */
  schedule(doc: vscode.TextDocument, delayMs: number): void {
    if (doc.languageId !== 'python') return;
    const s = this.sessionFor(doc.uri);
    s.cts?.cancel();
    s.cts?.dispose();
    if (s.timer) clearTimeout(s.timer);
    const cts = (s.cts = new vscode.CancellationTokenSource());
    s.timer = setTimeout(() => void this.run(doc, cts.token), delayMs);
  }

  /** Everything analysed again (the version or a setting changed). */
  reanalyseAll(): void {
    for (const d of vscode.workspace.textDocuments) {
      const s = this.sessions.get(this.key(d.uri));
      if (s) s.changes = undefined;
      this.schedule(d, 0);
    }
  }

  private async run(doc: vscode.TextDocument, token: vscode.CancellationToken): Promise<void> {
    const s = this.sessionFor(doc.uri);
    const version = doc.version;
    const text = doc.getText();
    if (text.length > this.config.maxFileSize) {
      s.last = { version, python: this.python, result: tooBig(doc, text.length, this.config.maxFileSize, this.python) };
      s.stale = false;
      this.emitter.fire(doc.uri);
      return;
    }
    const changes = s.changes;
    s.changes = [];
    const python = this.python;
    try {
      const result = await this.client.analyze(this.key(doc.uri), text, changes, {
        python, fileName: doc.uri.scheme === 'file' ? doc.uri.fsPath : doc.uri.toString(), budgetMs: this.config.budgetMs,
        // Holders are computed for small files only; a hover asks for its line otherwise (holdersAt).
        snapshots: this.snapshotsWanted, holders: text.length < SMALL_FILE_CHARS,
      }, token);
      if (!result || token.isCancellationRequested || doc.version !== version) return; // stale: a newer run follows
      s.last = { version, result, python };
      s.stale = false;
      this.emitter.fire(doc.uri);
    } catch (e) {
      // Keep the last good result; the failure goes to the log.
      s.changes = undefined;
      this.log.error(`analysis of ${doc.uri.toString()} failed: ${String((e as Error)?.message ?? e)}`);
    }
  }

  resultFor(uri: vscode.Uri): AnalysisResult | undefined {
    return this.sessions.get(this.key(uri))?.last?.result;
  }

  isStale(uri: vscode.Uri): boolean {
    return this.sessions.get(this.key(uri))?.stale ?? true;
  }

  setSnapshotsWanted(wanted: boolean): void {
    if (wanted === this.snapshotsWanted) return;
    this.snapshotsWanted = wanted;
    if (wanted) this.reanalyseAll();
  }

  /** Who holds what after `line` (1-based): from the last result, or one extra analysis for that line. */
  async holdersAt(uri: vscode.Uri, line: number, token: vscode.CancellationToken): Promise<LineState | undefined> {
    const s = this.sessions.get(this.key(uri));
    const cached = s?.last?.result.lines.find((l) => l.line === line);
    if (!s?.last || cached?.holders) return cached;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!doc || doc.version !== s.last.version) return cached;
    const r = await this.client.analyze(`${this.key(uri)}#holders`, doc.getText(), undefined, { python: s.last.python, holders: [line], budgetMs: this.config.budgetMs }, token);
    this.client.close(`${this.key(uri)}#holders`);
    const fresh = r?.lines.find((l) => l.line === line);
    if (fresh?.holders && cached && s.last.version === doc.version) cached.holders = fresh.holders;
    return cached ?? fresh;
  }

  async simulateGc(uri: vscode.Uri, line: number): Promise<GcSimulation | undefined> {
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (!doc) return undefined;
    const cts = new vscode.CancellationTokenSource();
    try {
      const r = await this.client.analyze(`${this.key(uri)}#gc`, doc.getText(), undefined, { python: this.python, simulateGcAtLine: line, snapshots: true, budgetMs: this.config.budgetMs * 2 }, cts.token);
      this.client.close(`${this.key(uri)}#gc`);
      return pickGcRun(r, line);
    } finally {
      cts.dispose();
    }
  }

  dispose(): void {
    for (const s of this.sessions.values()) {
      s.cts?.cancel();
      s.cts?.dispose();
      if (s.timer) clearTimeout(s.timer);
    }
    this.sessions.clear();
    for (const d of this.disposables) d.dispose();
  }
}

/** The collector run at `line`, else the last one before it, else a run made at that point. */
export function pickGcRun(r: AnalysisResult | undefined, line: number): GcSimulation | undefined {
  const runs = r?.gcRuns ?? [];
  return runs.find((g) => g.line === line) ?? runs.filter((g) => g.line <= line).pop() ?? runs[0];
}

function tooBig(doc: vscode.TextDocument, size: number, limit: number, python: PythonVersion): AnalysisResult {
  return {
    schema: 'refcount-lens/1', file: doc.uri.toString(), python, objects: {}, lines: [], calls: [], cycles: [], incomplete: true,
    diagnostics: [{ line: 1, column: 0, severity: 'information', code: 'file-too-large', message: `Not analysed: ${size} characters is more than refcountLens.maxFileSize (${limit}).` }],
  };
}
