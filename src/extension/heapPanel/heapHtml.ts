// The panel's HTML and nothing else: a strict Content-Security-Policy
// (`default-src 'none'`, the one script by a crypto nonce, styles and images
// from the extension's own files), no inline script, no data in the markup —
// data reaches the panel only through postMessage. No `vscode` import, so the
// webview test renders its page with this very function.

export interface HeapPage {
  /** `webview.cspSource`: the origin of the extension's own files. */
  cspSource: string;
  /** `webview.asWebviewUri(...)` of dist/heap.js and media/heap/heap.css, as strings. */
  scriptUri: string;
  styleUri: string;
  nonce: string;
}

/** 128 random bits from Web Crypto (present in Node ≥ 19 and in the web extension host). */
export function makeNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function heapCsp(p: Pick<HeapPage, 'cspSource' | 'nonce'>): string {
  return [
    "default-src 'none'",
    // blob:/data: images: the PNG export draws the SVG through an <img>.
    `img-src ${p.cspSource} data: blob:`,
    `style-src ${p.cspSource}`,
    `script-src 'nonce-${p.nonce}'`,
    `font-src ${p.cspSource}`,
  ].join('; ');
}

const escapeAttr = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function heapHtml(p: HeapPage): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(heapCsp(p))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttr(p.styleUri)}">
<title>Refcount Lens: Heap</title>
</head>
<body>
<div id="app" role="application" aria-label="Heap panel"></div>
<script nonce="${escapeAttr(p.nonce)}" src="${escapeAttr(p.scriptUri)}"></script>
</body>
</html>`;
}
