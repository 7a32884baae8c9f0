// Export of the whole drawing (not only the part in view): SVG with the
// theme's colours written into the elements (outside the webview the
// --vscode-* variables do not exist), and PNG rendered from that SVG on a
// canvas at twice the size. The host saves either through a save dialog.
const PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'font-family', 'font-size', 'font-weight', 'opacity', 'fill-opacity'];
const PAD = 8;
const PNG_SCALE = 2;

export function exportSvg(svg: SVGSVGElement, size: { width: number; height: number }): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const src = svg.querySelectorAll('*');
  const dst = clone.querySelectorAll('*');
  src.forEach((e, i) => {
    const cs = getComputedStyle(e);
    // CSSOM, not a style attribute: the panel's CSP forbids inline style attributes.
    for (const p of PROPS) (dst[i] as SVGElement).style.setProperty(p, cs.getPropertyValue(p));
  });
  clone.setAttribute('viewBox', `${-PAD} ${-PAD} ${size.width + 2 * PAD} ${size.height + 2 * PAD}`);
  clone.setAttribute('width', String(Math.ceil(size.width + 2 * PAD)));
  clone.setAttribute('height', String(Math.ceil(size.height + 2 * PAD)));
  clone.style.setProperty('background', getComputedStyle(document.body).getPropertyValue('background-color'));
  return new XMLSerializer().serializeToString(clone);
}

export function exportPng(svg: SVGSVGElement, size: { width: number; height: number }): Promise<string> {
  const text = exportSvg(svg, size);
  const w = Math.ceil(size.width + 2 * PAD);
  const h = Math.ceil(size.height + 2 * PAD);
  const img = new Image();
  return new Promise((resolve, reject) => {
    img.onload = () => {
      const c = document.createElement('canvas');
      c.width = w * PNG_SCALE;
      c.height = h * PNG_SCALE;
      const g = c.getContext('2d')!;
      g.fillStyle = getComputedStyle(document.body).getPropertyValue('background-color');
      g.fillRect(0, 0, c.width, c.height);
      g.scale(PNG_SCALE, PNG_SCALE);
      g.drawImage(img, 0, 0, w, h);
      resolve(c.toDataURL('image/png'));
    };
    img.onerror = () => reject(new Error('the SVG could not be drawn'));
    img.src = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(text)));
  });
}
