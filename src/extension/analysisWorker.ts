// The extension's analysis thread: the editor never waits on an analysis.
// Messages: WorkerRequest in, WorkerResponse out. Cancellation arrives through
// a shared flag per request, which the engine polls while it runs.
import { parentPort, workerData } from 'worker_threads';
import { EngineHost } from '../analysis/engineHost';
import { collectYoungGeneration } from './idleGc';
import { LIMITS } from '../analysis/interp/limits';
import type { WorkerRequest, WorkerResponse } from './workerProtocol';

const host = EngineHost.create(workerData as { treeSitter: string; python: string });

parentPort!.on('message', async (m: WorkerRequest) => {
  const h = await host.catch((e: unknown) => { post({ type: 'error', id: 'id' in m ? m.id : 0, message: `could not load the parser: ${String(e)}` }); return undefined; });
  if (!h) return;
  if (m.type === 'close') { h.close(m.key); return; }
  const flag = new Int32Array(m.cancel);
  try {
    // (this thread's stack is LIMITS.LARGE_STACK_MB: workerClient.ts)
    const result = h.analyze(m.key, m.text, m.changes, { ...m.options, maxCallDepth: LIMITS.MAX_CALL_DEPTH_LARGE_STACK, cancel: { get isCancellationRequested() { return Atomics.load(flag, 0) === 1; } } });
    post({ type: 'result', id: m.id, result });
    // The run's garbage goes while the editor shows the result, not during the next run.
    setImmediate(collectYoungGeneration);
  } catch (e) {
    post({ type: 'error', id: m.id, message: String((e as Error)?.stack ?? e) });
  }
});

function post(r: WorkerResponse): void {
  parentPort!.postMessage(r);
}
