// Pan and zoom of the drawing through the SVG's viewBox (the SVG fills the
// canvas): drag to pan, Ctrl+wheel or +/− to zoom, 0 to fit, arrow keys pan.
// Zoom and pan live in the panel state, so a reload comes back to the same view.
import type { PanelState } from '../../src/shared/heapProtocol';

const MIN_ZOOM = 0.15;
const MAX_ZOOM = 4;
/** Fit never enlarges past this: small heaps stay at a readable, not a huge, size. */
const FIT_MAX_ZOOM = 1.25;
const PAN_STEP = 60;
/** 12 px text at 0.75 is 9 px on screen: still easy to read; below that a first view is better cut (pan, or Fit) than shrunk. */
const READABLE_ZOOM = 0.75;

export class Viewport {
  size = { width: 400, height: 300 };
  private drag: { x: number; y: number; px: number; py: number } | undefined;

  constructor(private readonly svg: SVGSVGElement, private readonly canvas: HTMLElement, private readonly state: PanelState, private readonly save: () => void) {
    canvas.addEventListener('wheel', (e) => {
      if (!e.ctrlKey && !e.metaKey) {
        this.state.panX += e.deltaX / this.state.zoom;
        this.state.panY += e.deltaY / this.state.zoom;
      } else {
        const r = canvas.getBoundingClientRect();
        this.zoomBy(e.deltaY < 0 ? 1.1 : 1 / 1.1, e.clientX - r.left, e.clientY - r.top);
      }
      e.preventDefault();
      this.apply();
    }, { passive: false });
    canvas.addEventListener('pointerdown', (e) => {
      if ((e.target as Element).closest('[role=button]')) return;
      this.drag = { x: e.clientX, y: e.clientY, px: this.state.panX, py: this.state.panY };
      canvas.classList.add('dragging');
    });
    window.addEventListener('pointerup', () => { if (this.drag) this.save(); this.drag = undefined; canvas.classList.remove('dragging'); });
    window.addEventListener('pointermove', (e) => {
      if (!this.drag) return;
      this.state.panX = this.drag.px - (e.clientX - this.drag.x) / this.state.zoom;
      this.state.panY = this.drag.py - (e.clientY - this.drag.y) / this.state.zoom;
      this.apply();
    });
    window.addEventListener('resize', () => this.apply());
  }

  setSize(size: { width: number; height: number }): void {
    this.size = size;
    this.apply();
  }

  apply(): void {
    const w = Math.max(1, this.canvas.clientWidth);
    const h = Math.max(1, this.canvas.clientHeight);
    const z = this.state.zoom;
    this.svg.setAttribute('viewBox', `${this.state.panX} ${this.state.panY} ${w / z} ${h / z}`);
  }

  /** Zooms about a point of the canvas (its centre by default). */
  zoomBy(f: number, cx = this.canvas.clientWidth / 2, cy = this.canvas.clientHeight / 2): void {
    const z0 = this.state.zoom;
    const z1 = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, z0 * f));
    this.state.panX += cx / z0 - cx / z1;
    this.state.panY += cy / z0 - cy / z1;
    this.state.zoom = z1;
    this.save();
    this.apply();
  }

  fit(): void {
    const w = this.canvas.clientWidth;
    const h = this.canvas.clientHeight;
    const z = Math.max(MIN_ZOOM, Math.min(FIT_MAX_ZOOM, w / this.size.width, h / this.size.height));
    this.state.zoom = z;
    this.state.panX = (this.size.width - w / z) / 2;
    this.state.panY = Math.min(0, (this.size.height - h / z) / 2);
    this.save();
    this.apply();
  }

  /** Fits a drawing that is larger than the panel, but not below a zoom where the text stays readable (then the top left is shown). */
  fitReadable(): void {
    const w = this.canvas.clientWidth;
    const h = this.canvas.clientHeight;
    const fits = Math.min(w / this.size.width, h / this.size.height);
    if (fits >= 1) { this.state.zoom = 1; this.state.panX = 0; this.state.panY = 0; this.save(); this.apply(); return; }
    // From the top left, where the frames are.
    this.state.zoom = Math.max(READABLE_ZOOM, fits);
    this.state.panX = 0;
    this.state.panY = 0;
    // Too large to fit readably: start at the frames (the cursor's names), at the left edge.
    const frame = fits < READABLE_ZOOM ? this.svg.querySelector<SVGGraphicsElement>('g.frame') : null;
    const at = frame?.transform.baseVal.consolidate()?.matrix;
    if (frame && at) this.state.panY = Math.max(0, at.f + frame.getBBox().height / 2 - h / this.state.zoom / 2);
    this.save();
    this.apply();
  }

  /** Pans so that an element of the drawing is in the middle. */
  reveal(el: SVGGraphicsElement): void {
    const b = el.getBBox();
    const m = el.getCTM();
    const root = this.svg.getCTM();
    if (!m || !root) return;
    const local = root.inverse().multiply(m);
    const x = local.e + b.x + b.width / 2;
    const y = local.f + b.y + b.height / 2;
    this.state.panX = x - this.canvas.clientWidth / this.state.zoom / 2;
    this.state.panY = y - this.canvas.clientHeight / this.state.zoom / 2;
    this.save();
    this.apply();
  }

  /** Keyboard on the canvas; true when the key was used. */
  key(k: string): boolean {
    const step = PAN_STEP / this.state.zoom;
    if (k === '+' || k === '=') this.zoomBy(1.25);
    else if (k === '-' || k === '_') this.zoomBy(1 / 1.25);
    else if (k === '0') this.fit();
    else if (k === 'ArrowLeft') this.state.panX -= step;
    else if (k === 'ArrowRight') this.state.panX += step;
    else if (k === 'ArrowUp') this.state.panY -= step;
    else if (k === 'ArrowDown') this.state.panY += step;
    else return false;
    this.apply();
    this.save();
    return true;
  }
}
