import {css} from 'lit';

/**
 * Styles every step shares. Steps read the private `--_*` locals the root element derives from the
 * public `--idv-*` tokens (custom properties inherit through shadow roots).
 */
export const sharedStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  h2 {
    font-size: 1.375em;
    line-height: 1.3;
    margin: 0 0 var(--_space) 0;
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 4px;
    border-radius: 2px;
  }
  p {
    margin: 0 0 var(--_space) 0;
    line-height: 1.5;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) / 2);
    margin-top: calc(var(--_space) * 1.5);
    align-items: center;
    /* The row sizes its buttons by its own width, not the viewport's: the element may sit in a narrow
       column of a wide page. */
    container-type: inline-size;
  }
  /* On a phone the buttons fill the width: side by side when they fit, else one per line as wide as the
     step, never a ragged stack of short buttons against one edge. */
  @container (max-width: 28rem) {
    .actions > * {
      flex: 1 1 auto;
    }
  }
  button,
  a.button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.5em 1.25em;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    /* A label that wraps stays centred line by line (a <button> does this by itself, a link does not). */
    text-align: center;
    font-weight: 600;
  }
  button.primary,
  a.button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  a {
    color: var(--_accent);
  }
  /* A link on a line of its own (not inside a sentence) is a target like a button: 44 px tall, its text
     centred in that height, so a thumb finds it on a phone. */
  .link-line a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .muted {
    color: var(--_muted);
  }
  .error {
    color: var(--_danger);
    font-weight: 600;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
`;
