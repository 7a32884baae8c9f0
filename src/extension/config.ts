// Typed settings, read once per change event (not per provider call), with
// safe parsing: a bad value falls back to the default.
import * as vscode from 'vscode';
import { PYTHON_VERSIONS, PythonVersion } from '../analysis/results/resultTypes';

export type InlineStyle = 'inlayHints' | 'decorations' | 'off';

export const SECTION = 'refcountLens';

export { KEYS } from './manifestIds';

/** Changes that need a new analysis; the rest only re-render. */
export const REANALYSE_ON = ['pythonVersion', 'maxFileSize', 'budgetMs'];

export class Config {
  pythonVersion: PythonVersion | 'auto' = 'auto';
  inlineStyle: InlineStyle = 'inlayHints';
  codeLens = true;
  maxFileSize = 1_000_000;
  debounceMs = 300;
  budgetMs = 2000;

  constructor() {
    this.read();
  }

  read(): void {
    const c = vscode.workspace.getConfiguration(SECTION);
    const v = c.get<string>('pythonVersion', 'auto');
    this.pythonVersion = v === 'auto' || PYTHON_VERSIONS.includes(v as PythonVersion) ? (v as PythonVersion | 'auto') : 'auto';
    const s = c.get<string>('inline.style', 'inlayHints');
    this.inlineStyle = s === 'decorations' || s === 'off' ? s : 'inlayHints';
    this.codeLens = c.get<boolean>('codeLens.enabled', true) !== false;
    this.maxFileSize = clamp(c.get<number>('maxFileSize', 1_000_000), 1000, 50_000_000, 1_000_000);
    this.debounceMs = clamp(c.get<number>('debounceMs', 300), 0, 5000, 300);
    this.budgetMs = clamp(c.get<number>('budgetMs', 2000), 50, 60000, 2000);
  }
}

function clamp(v: unknown, lo: number, hi: number, dflt: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? Math.min(hi, Math.max(lo, v)) : dflt;
}

export function affects(e: vscode.ConfigurationChangeEvent, keys: readonly string[]): boolean {
  return keys.some((k) => e.affectsConfiguration(`${SECTION}.${k}`));
}
