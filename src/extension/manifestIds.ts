// The ids the extension contributes, in one module without a `vscode` import
// so the manifest test can read them outside VS Code.
export const COMMANDS = ['refcountLens.showHeap', 'refcountLens.simulateGc', 'refcountLens.toggleInline', 'refcountLens.selectPythonVersion', 'refcountLens.scanWorkspace'] as const;

/** Every setting key the code reads (under `refcountLens.`). */
export const KEYS = ['pythonVersion', 'inline.style', 'codeLens.enabled', 'maxFileSize', 'debounceMs', 'budgetMs'] as const;

/** The heap panel's webview type (serializer and activation event). */
export const VIEW_TYPE = 'refcountLens.heap';
