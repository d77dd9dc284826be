/**
 * The "hostile host page": the kind of global CSS real sites ship (resets, `*` rules, odd fonts,
 * spacing and colours, element selectors with `!important`). It styles the page around the
 * elements; nothing of it may reach inside their shadow roots. Only inherited text properties and
 * the host box itself are within the page's reach, and the elements reset the former.
 */
const STYLE_ID = 'versus-hostile-host-page';

function hostileCss(dark: boolean): string {
  // Readable on its own background, so axe judges the elements, not this page.
  const ink = dark ? '#ffd6ff' : '#5a0060';
  const paper = dark ? '#1a0d1f' : '#fff6e0';
  return `
    html, body { background: ${paper} !important; }
    body { font: italic 700 13px/3 "Comic Sans MS", "Papyrus", fantasy, cursive !important; }
    *, *::before, *::after {
      color: ${ink} !important;
      font-family: "Comic Sans MS", "Papyrus", fantasy, cursive !important;
      letter-spacing: 0.3em !important;
      word-spacing: 1em !important;
      line-height: 3 !important;
      text-transform: uppercase !important;
      text-align: center !important;
      text-indent: 2em !important;
      text-shadow: 1px 1px 0 #f0f !important;
      font-variant: small-caps !important;
      white-space: pre-wrap !important;
      box-sizing: content-box !important;
      cursor: crosshair !important;
    }
    h1, h2, h3, h4, h5, h6 { font-size: 3rem !important; margin: 2em 0 !important; border-bottom: 4px double red !important; }
    p, li { margin: 3em 0 !important; font-size: 1.4em !important; }
    ul, ol { list-style: square inside !important; padding: 0 !important; }
    button, input, select { all: unset !important; background: yellow !important; }
    table, td, th { border: 3px dotted lime !important; border-collapse: separate !important; }
    a { color: lime !important; text-decoration: line-through !important; }
    div { outline: 1px dashed rgb(255 0 0 / 0.4); }
  `;
}

/** Adds or removes the hostile stylesheet on the preview page. */
export function setHostilePage(on: boolean, dark: boolean): void {
  let style = document.getElementById(STYLE_ID);
  if (!on) {
    style?.remove();
    return;
  }
  if (!style) {
    style = document.createElement('style');
    style.id = STYLE_ID;
    document.head.append(style);
  }
  style.textContent = hostileCss(dark);
}
