// Export of the current drawing: SVG with the theme's colours written into the
// elements (outside the webview the --vscode-* variables do not exist), and
// PNG rendered from that SVG on a canvas.
const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-family', 'font-size', 'font-weight', 'opacity'];

export function exportSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = svg.querySelectorAll('*');
  const dst = clone.querySelectorAll('*');
  src.forEach((e, i) => {
    const cs = getComputedStyle(e);
    // CSSOM, not a style attribute: the panel's CSP forbids inline style attributes.
    for (const p of PROPS) (dst[i] as SVGElement).style.setProperty(p, cs.getPropertyValue(p));
  });
  clone.style.setProperty('background', getComputedStyle(document.body).getPropertyValue('background-color'));
  return new XMLSerializer().serializeToString(clone);
}

export function exportPng(svg: SVGSVGElement): Promise<string> {
  const text = exportSvg(svg);
  const img = new Image();
  const w = Number(svg.getAttribute('width')) || 800;
  const h = Number(svg.getAttribute('height')) || 600;
  return new Promise((resolve, reject) => {
    img.onload = () => {
      const c = document.createElement('canvas');
      c.width = w * 2;
      c.height = h * 2;
      const g = c.getContext('2d')!;
      g.scale(2, 2);
      g.drawImage(img, 0, 0, w, h);
      resolve(c.toDataURL('image/png'));
    };
    img.onerror = reject;
    img.src = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(text)));
  });
}
