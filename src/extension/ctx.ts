// The composition root's state: settings, log, sessions, providers, commands,
// the status bar and the heap panel, all disposed with the extension.
import * as vscode from 'vscode';
import type { PythonVersion } from '../analysis/results/resultTypes';
import type { AnalysisClient } from './analysisClient';
import { registerCommands } from './commands';
import { affects, Config, InlineStyle, REANALYSE_ON } from './config';
import { DocumentSessions } from './documentSessions';
import { createHeapPanel } from './heapPanel/heapPanel';
import type { HeapPanelApi } from './heapPanel/heapDataSource';
import { RefcountCodeLens } from './providers/codeLens';
import { QuickFixes, toDiagnostics } from './providers/diagnostics';
import { RefcountHover } from './providers/hover';
import { RefcountInlayHints } from './providers/inlayHints';
import { InlineDecorations } from './providers/inlineDecorations';
import { resolvePythonVersion } from './pythonVersion';
import { scanWorkspace } from './scanWorkspace';

const PYTHON: vscode.DocumentSelector = [{ language: 'python' }];

export class Ctx implements vscode.Disposable {
  readonly subscriptions: vscode.Disposable[] = [];
  readonly config = new Config();
  readonly log = vscode.window.createOutputChannel('Refcount Lens', { log: true });
  readonly sessions: DocumentSessions;
  readonly panel: HeapPanelApi;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('refcountLens');
  private readonly inlay: RefcountInlayHints;
  private readonly lenses: RefcountCodeLens;
  private readonly decorations: InlineDecorations;
  private readonly status = vscode.window.createStatusBarItem('refcountLens.version', vscode.StatusBarAlignment.Right, 100);
  lastInlineStyle?: InlineStyle;
  versionSource = 'default';

  private readonly scanDiagnostics = vscode.languages.createDiagnosticCollection('refcountLens.scan');

  constructor(readonly context: vscode.ExtensionContext, client: AnalysisClient, private readonly makeClient: () => AnalysisClient, private readonly scanWorkers: number) {
    context.subscriptions.push(this);
    this.subscriptions.push(this.log, this.diagnostics, this.scanDiagnostics, this.status, client);
    this.sessions = new DocumentSessions(client, this.config, this.log);
    this.inlay = new RefcountInlayHints(this.sessions, this.config);
    this.lenses = new RefcountCodeLens(this.sessions, this.config);
    this.decorations = new InlineDecorations(this.sessions, this.config);
    this.panel = createHeapPanel(context, this.sessions);
    this.subscriptions.push(this.sessions, this.inlay, this.lenses, this.decorations, this.panel);
  }

  async start(): Promise<void> {
    const s = this.subscriptions;
    s.push(vscode.languages.registerInlayHintsProvider(PYTHON, this.inlay));
    s.push(vscode.languages.registerCodeLensProvider(PYTHON, this.lenses));
    s.push(vscode.languages.registerHoverProvider(PYTHON, new RefcountHover(this.sessions)));
    s.push(vscode.languages.registerCodeActionsProvider(PYTHON, new QuickFixes(), { providedCodeActionKinds: QuickFixes.kinds }));
    registerCommands(this);
    this.sessions.onDidAnalyze(this.onAnalyzed, this, s);
    vscode.workspace.onDidChangeConfiguration(this.onConfig, this, s);
    vscode.window.onDidChangeActiveTextEditor(this.onEditor, this, s);
    vscode.window.onDidChangeVisibleTextEditors((eds) => eds.forEach((e) => this.decorations.render(e)), this, s);
    vscode.window.onDidChangeTextEditorSelection((e) => {
      if (e.textEditor.document.languageId === 'python') this.panel.followCursor(e.textEditor.document.uri, e.selections[0].active.line + 1);
    }, this, s);
    vscode.workspace.onDidCloseTextDocument((d) => this.diagnostics.delete(d.uri), this, s);
    this.status.command = 'refcountLens.selectPythonVersion';
    await this.updateVersion();
    this.sessions.start();
    this.onEditor(vscode.window.activeTextEditor);
  }

  /** Every Python file of the workspace, findings in Problems. */
  scan(): Promise<{ files: number; findings: number } | undefined> {
    return scanWorkspace(this.makeClient, this.scanWorkers, this.scanDiagnostics, this.sessions.python, this.config.budgetMs);
  }

  private async updateVersion(): Promise<void> {
    const { version, source } = await resolvePythonVersion(this.config.pythonVersion, vscode.window.activeTextEditor?.document.uri);
    this.versionSource = source;
    this.setVersion(version);
  }

  private setVersion(v: PythonVersion): void {
    this.sessions.python = v;
    this.status.text = `$(pulse) CPython ${v}`;
    this.status.tooltip = `Refcount Lens counts are for CPython ${v} (${this.versionSource}). Click to switch.`;
  }

  private onEditor(ed: vscode.TextEditor | undefined): void {
    if (ed?.document.languageId === 'python') {
      this.status.show();
      this.decorations.render(ed);
    } else this.status.hide();
  }

  private onAnalyzed(uri: vscode.Uri): void {
    const r = this.sessions.resultFor(uri);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (r && doc) this.diagnostics.set(uri, toDiagnostics(doc, r));
    this.inlay.refresh();
    this.lenses.refresh();
    for (const ed of vscode.window.visibleTextEditors) if (ed.document.uri.toString() === uri.toString()) this.decorations.render(ed);
  }

  private async onConfig(e: vscode.ConfigurationChangeEvent): Promise<void> {
    if (!e.affectsConfiguration('refcountLens')) return;
    this.config.read();
    if (affects(e, ['pythonVersion'])) await this.updateVersion();
    if (affects(e, REANALYSE_ON)) this.sessions.reanalyseAll();
    this.inlay.refresh();
    this.lenses.refresh();
    for (const ed of vscode.window.visibleTextEditors) this.decorations.render(ed);
  }

  dispose(): void {
    for (const d of this.subscriptions.splice(0).reverse()) {
      try {
        d.dispose();
      } catch {
        // One failing disposable must not keep the others alive.
      }
    }
  }
}
