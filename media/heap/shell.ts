// The panel's static markup: toolbar, timeline, film bar, canvas, legend.
// Fixed text only — no data is ever spliced into it (data goes in through
// textContent and SVG attributes in main.ts and graphView.ts).
export const SHELL = `
<header class="toolbar" role="toolbar" aria-label="Heap panel tools">
  <div class="titles"><span class="title" id="title">Heap</span><span class="subtitle" id="subtitle"></span></div>
  <input id="search" type="search" placeholder="Find: type, value, name" aria-label="Find an object by type, value or variable name">
  <span id="searchCount" class="count" aria-live="polite"></span>
  <label class="toggle" title="Also draw the references Python keeps out of sight: code constants, instance → class, __dict__, iterators"><input id="hidden" type="checkbox"> hidden refs</label>
  <span class="group" role="group" aria-label="Zoom">
    <button id="zoomOut" title="Zoom out (−)" aria-label="Zoom out">−</button>
    <button id="zoomIn" title="Zoom in (+)" aria-label="Zoom in">+</button>
    <button id="fit" title="Fit the drawing to the panel (0)">Fit</button>
  </span>
  <button id="gc" class="primary" title="Play CPython's cycle collector on the heap of this step">Simulate GC</button>
  <span class="group" role="group" aria-label="Export">
    <button id="svg" title="Save the drawing as SVG">SVG</button>
    <button id="png" title="Save the drawing as PNG">PNG</button>
  </span>
</header>
<div class="timeline" id="timeline">
  <button id="prevStep" title="Previous program point" aria-label="Previous program point">‹</button>
  <input id="step" type="range" min="0" max="0" value="0" aria-label="Program point">
  <button id="nextStep" title="Next program point" aria-label="Next program point">›</button>
  <span id="stepLabel" class="steplabel" aria-live="polite"></span>
</div>
<div class="changes" id="changes" aria-live="polite"></div>
<section class="film" id="film" hidden aria-label="Simulate GC film">
  <div class="film-controls">
    <button id="back" aria-label="Previous collector step" title="Previous step (←)">◀ Back</button>
    <button id="play" aria-label="Play" title="Play / pause (P)">▶ Play</button>
    <button id="next" aria-label="Next collector step" title="Next step (→)">Next ▶</button>
    <span id="phase" class="phase"></span>
    <span id="phases" class="phases" role="group" aria-label="Collector steps"></span>
    <span id="result" class="result" aria-live="polite"></span>
    <button id="closeFilm" aria-label="Close the film" title="Back to the heap (Esc)">✕ Close</button>
  </div>
  <div id="narration" class="narration" aria-live="polite"></div>
  <div id="filmCounts" class="filmcounts"></div>
</section>
<div id="message" class="message" role="status" hidden></div>
<div class="canvas" id="canvas" tabindex="0" aria-label="Heap drawing: arrows pan, + and − zoom, 0 fits">
  <svg id="svg-root" xmlns="http://www.w3.org/2000/svg" role="group" aria-label="Frames, objects and references"></svg>
</div>
<footer class="legend" aria-label="Legend">
  <span class="lg cycle">live cycle</span><span class="lg garbage">garbage cycle</span><span class="lg changed">changed since the step before</span>
  <span class="lg film-only unreachable">tentatively unreachable</span><span class="lg film-only rescued">rescued</span>
  <span id="cutNote" class="cutnote"></span>
  <button id="collapse" hidden title="Draw only the cursor's neighbourhood again">Collapse all</button>
</footer>`;
