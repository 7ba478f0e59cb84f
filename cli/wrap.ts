// Help text for an 80-column terminal: words wrapped at a width, continuation lines indented. A
// word longer than the line (a usage like "brief|persbericht|…|uitnodiging") breaks after a '|'.

/** Terminals open 80 columns wide; help never goes past it. */
export const HELP_WIDTH = 80;

function pieces(word: string, room: number): string[] {
  if (word.length <= room) return [word];
  const out: string[] = [];
  let rest = word;
  while (rest.length > room) {
    const cut = rest.lastIndexOf('|', room - 1);
    if (cut <= 0) break; // no place to break: let the word run over rather than cut it
    out.push(rest.slice(0, cut + 1));
    rest = rest.slice(cut + 1);
  }
  return [...out, rest];
}

/**
 * `text` in lines of at most `width` columns: the first line starts with `first`, the others with
 * `indent` spaces. Pieces of a word broken at '|' join without a space.
 */
export function wrap(text: string, first: string, indent: number, width = HELP_WIDTH): string[] {
  const lines: string[] = [];
  const pad = ' '.repeat(indent);
  let line = first;
  let atStart = true; // nothing but the prefix on the line yet
  const room = width - indent;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const [i, piece] of pieces(word, room).entries()) {
      const glue = i > 0 || line === '' || line.endsWith(' ') ? '' : ' ';
      if (!atStart && line.length + glue.length + piece.length > width) {
        lines.push(line);
        line = pad + piece;
      } else line += glue + piece;
      atStart = false;
    }
  }
  lines.push(line);
  return lines;
}
