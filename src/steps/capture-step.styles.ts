import {css} from 'lit';

/**
 * Styles of the selfie and ID steps: the stage (preview, guide overlay, review photo), the live guidance,
 * the camera picker and the low-quality warning.
 */
export const captureStepStyles = css`
  :host {
    --_guide: #ffffff;
    /* The stage's height limit: leaves room for the guidance and the shutter below it. */
    --_stage-max-height: 65vh;
  }
  .stage {
    position: relative;
    /*
     * The stage takes the camera's own shape at every viewport, so the whole picture shows and the guide
     * drawn over it is the region measured (stage-geometry.ts). A short viewport (a phone held sideways)
     * narrows the stage rather than cropping the picture: a max-height alone would keep the width and crop.
     */
    width: min(100%, 720px, calc(var(--_stage-max-height) * var(--_aspect, 16 / 9)));
    aspect-ratio: var(--_aspect, 16 / 9);
    margin: 0 auto var(--_space);
    border-radius: var(--_radius);
    overflow: hidden;
    background: #111;
  }
  video,
  .stage img {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    /* Never a crop: should the box differ from the picture's shape by a pixel, the picture is letterboxed
       exactly as the guide's SVG (xMidYMid meet) is, so the two stay aligned. */
    object-fit: contain;
    display: block;
  }
  video.mirrored {
    /* A mirror is what people expect of their own face; the stored photo is never mirrored. */
    transform: scaleX(-1);
  }
  svg.overlay {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    pointer-events: none;
  }
  .mask {
    fill: rgb(0 0 0 / 0.45);
    fill-rule: evenodd;
  }
  .guide {
    fill: none;
    stroke: var(--_guide);
    stroke-width: 3px;
    stroke-dasharray: 10 8;
    transition: stroke 200ms ease;
  }
  .stage[data-state='ready'] .guide {
    stroke: var(--_guide-ready);
    stroke-width: 5px;
    stroke-dasharray: none;
  }
  .starting {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    color: #fff;
  }
  .guidance {
    min-height: 1.5em;
    font-weight: 600;
    text-align: center;
  }
  .guidance[data-ready] {
    color: #0d652d;
  }
  /* The state in a shape as well as a colour: a check mark when ready, an exclamation mark otherwise. */
  .icon {
    display: inline-grid;
    place-items: center;
    width: 1.5em;
    height: 1.5em;
    margin-inline-end: 0.5em;
    border-radius: 50%;
    background: var(--_text);
    color: var(--_surface);
    font-size: 0.875em;
    vertical-align: 0.1em;
  }
  .guidance[data-ready] .icon {
    background: #0d652d;
    color: #fff;
  }
  .picker label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  select {
    font: inherit;
    min-height: 44px;
    width: 100%;
    max-width: 24em;
    padding: 0.375em 0.5em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .warning {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: 0.75em;
  }
  @media (prefers-reduced-motion: reduce) {
    .guide {
      transition: none;
    }
  }
`;
