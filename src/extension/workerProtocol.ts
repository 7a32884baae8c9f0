// Messages between the extension host and its analysis worker.
import type { TextChange } from '../analysis/engineHost';
import type { AnalysisResult, AnalyzeOptions } from '../analysis/results/resultTypes';

export type WorkerRequest =
  | { type: 'analyze'; id: number; key: string; text: string; changes?: TextChange[]; options: Omit<AnalyzeOptions, 'cancel'>; cancel: SharedArrayBuffer }
  | { type: 'close'; key: string };

export type WorkerResponse =
  | { type: 'result'; id: number; result: AnalysisResult }
  | { type: 'error'; id: number; message: string };
