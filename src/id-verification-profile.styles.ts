import {css} from 'lit';

/**
 * The root element's styles. Public `--idv-*` tokens are read once here into private `--_*` locals that
 * every step uses, so a theme sets a token in one place and no step reads a token directly.
 */
export const styles = css`
  :host {
    --_accent: var(--idv-color-accent, #0b57d0);
    --_on-accent: var(--idv-color-on-accent, #ffffff);
    --_text: var(--idv-color-text, #1f1f1f);
    --_muted: var(--idv-color-muted, #545454);
    --_surface: var(--idv-color-surface, #ffffff);
    --_border: var(--idv-color-border, #757575);
    --_danger: var(--idv-color-danger, #b3261e);
    --_focus: var(--idv-color-focus, #0b57d0);
    --_guide-ready: var(--idv-color-guide-ready, #5ee08a);
    --_radius: var(--idv-radius, 8px);
    --_font: var(--idv-font, inherit);
    --_space: var(--idv-spacing, 16px);
    display: block;
    max-width: 40rem;
    font-family: var(--_font);
    color: var(--_text);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    /* One and a half spaces of padding on a wide screen, down to one on a phone (5 % of the element's
       width), so a 320 px screen keeps its width for the text. */
    padding: clamp(var(--_space), 5%, calc(var(--_space) * 1.5));
  }
  .progress {
    margin: 0 0 calc(var(--_space) / 2) 0;
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .notice {
    margin: 0 0 var(--_space) 0;
    padding: calc(var(--_space) / 2) var(--_space);
    border-inline-start: 4px solid var(--_accent);
    background: color-mix(in srgb, var(--_accent) 8%, var(--_surface));
  }
`;
