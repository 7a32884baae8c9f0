// The panel's HTML: a strict Content-Security-Policy with a crypto nonce,
// the script and stylesheet from the extension's own files, no inline data.
import * as vscode from 'vscode';

export function heapHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  // Web Crypto exists in the desktop and the web extension host alike.
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const nonce = btoa(String.fromCharCode(...bytes));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'heap.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'heap', 'heap.css'));
  const csp = [
    "default-src 'none'",
    `img-src ${webview.cspSource} data: blob:`,
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `font-src ${webview.cspSource}`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Refcount Lens: Heap</title>
</head>
<body>
<div id="app" role="application" aria-label="Heap panel"></div>
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}
