// Standalone mode's "Toon": a text area does not scroll to a selection made from script, so the
// line of the selection is measured with a hidden copy of the text area (same width, font and
// wrapping) and the area scrolled to put that line in its upper third.
export function scrollToSelection(area: HTMLTextAreaElement, offset: number): void {
  const style = window.getComputedStyle(area);
  const mirror = document.createElement('div');
  for (const prop of [
    'boxSizing',
    'width',
    'paddingTop',
    'paddingRight',
    'paddingBottom',
    'paddingLeft',
    'borderTopWidth',
    'borderLeftWidth',
    'borderRightWidth',
    'fontFamily',
    'fontSize',
    'fontWeight',
    'lineHeight',
    'letterSpacing',
    'wordSpacing',
  ] as const) {
    mirror.style[prop] = style[prop];
  }
  mirror.style.position = 'absolute';
  mirror.style.visibility = 'hidden';
  mirror.style.whiteSpace = 'pre-wrap';
  mirror.style.overflowWrap = 'break-word';
  mirror.style.top = '0';
  mirror.style.left = '-9999px';
  mirror.textContent = area.value.slice(0, offset);
  const marker = document.createElement('span');
  marker.textContent = '\u200b';
  mirror.appendChild(marker);
  document.body.appendChild(mirror);
  const top = marker.offsetTop;
  document.body.removeChild(mirror);
  area.scrollTop = Math.max(0, top - area.clientHeight / 3);
  // Bring the text area itself into view when the page is scrolled elsewhere (the findings list).
  area.scrollIntoView?.({ block: 'nearest' });
}
