// The "Simulate GC" film: which step is shown, and what each step puts on the
// drawing (gc_refs on every object the collector looks at, the tentatively
// unreachable set, what the step moved, the collected objects at the end).
// Play/pause/step/back live here; drawing and the DOM shell do not.
import type { GcSimulation, GcStep } from '../../src/analysis/results/resultTypes';
import type { Overlay } from './graphView';

/** One step every 1.8 s: time to read a sentence of narration. */
export const PLAY_INTERVAL_MS = 1800;

export const PHASE_NAMES: Record<GcStep['phase'], string> = {
  start: 'start', update_refs: 'update refs', subtract_refs: 'subtract refs', move_unreachable: 'move unreachable',
  rescue: 'rescue', finalize: 'finalizers', resurrection: 'resurrection', weakrefs: 'weakrefs', clear: 'clear', done: 'done',
};

export class Film {
  step = 0;
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(readonly run: GcSimulation, private readonly onChange: () => void) {}

  get last(): number {
    return this.run.steps.length - 1;
  }

  get playing(): boolean {
    return this.timer !== undefined;
  }

  go(step: number): void {
    this.step = Math.max(0, Math.min(this.last, step));
    if (this.step === this.last) this.pause();
    this.onChange();
  }

  play(): void {
    if (this.playing) return;
    if (this.step === this.last) this.step = 0;
    this.timer = setInterval(() => this.go(this.step + 1), PLAY_INTERVAL_MS);
    this.onChange();
  }

  pause(): void {
    if (this.timer !== undefined) clearInterval(this.timer);
    this.timer = undefined;
  }

  dispose(): void {
    this.pause();
  }

  /** Ids the film draws even when no frame reaches them: every candidate and everything collected. */
  involved(): string[] {
    return [...new Set([...this.run.steps.flatMap((s) => [...s.candidates, ...s.unreachable]), ...this.run.freed])];
  }

  /** Every reference some step follows, as `from>to`. */
  followed(): Set<string> {
    return new Set(this.run.steps.flatMap((s) => (s.edges ?? []).map(([a, b]) => `${a}>${b}`)));
  }

  overlay(): Overlay {
    const s = this.run.steps[this.step];
    const collectedNow = s.phase === 'clear' || s.phase === 'done';
    const gcRefs = this.gcRefsAt(this.step);
    return {
      phase: s.phase,
      gcRefs,
      candidates: new Set([...this.run.steps.flatMap((x) => x.candidates)]),
      unreachable: new Set(s.unreachable),
      moved: new Set(s.moved),
      activeEdges: new Set((s.edges ?? []).map(([a, b]) => `${a}>${b}`)),
      collected: collectedNow ? new Set(this.run.freed) : undefined,
    };
  }

  /** gc_refs shown at a step: the step's own, else the last step that had them (finalizers and clearing keep the numbers). */
  gcRefsAt(step: number): Record<string, number> {
    for (let i = step; i >= 0; i--) if (Object.keys(this.run.steps[i].gcRefs).length) return this.run.steps[i].gcRefs;
    return {};
  }

  phaseText(): string {
    return `${this.step + 1}/${this.run.steps.length} · ${PHASE_NAMES[this.run.steps[this.step].phase]}`;
  }

  /** The numbers of the step as one line: candidates, tentatively unreachable, what moved. */
  counts(): string {
    const s = this.run.steps[this.step];
    const parts = [`${s.candidates.length || this.run.steps[0].candidates.length} containers looked at`];
    if (s.unreachable.length) parts.push(`${s.unreachable.length} ${s.phase === 'clear' || s.phase === 'done' ? 'unreachable' : 'tentatively unreachable'}`);
    if (s.phase === 'rescue') parts.push(`${s.moved.length} rescued`);
    if (s.phase === 'finalize') parts.push(`${s.moved.length} finalized`);
    return parts.join(' · ');
  }

  result(): string {
    return this.step === this.last ? `gc.collect() → ${this.run.collected}` : '';
  }
}
