// The host API the panel talks to: VS Code's acquireVsCodeApi() in a webview,
// or a stand-in a test page provides under the same name.
import type { PanelState, PanelToHost } from '../../src/shared/heapProtocol';

export interface HostApi {
  postMessage(m: PanelToHost): void;
  getState(): PanelState | undefined;
  setState(s: PanelState): void;
}

declare function acquireVsCodeApi(): HostApi;

export function hostApi(): HostApi {
  return acquireVsCodeApi();
}
