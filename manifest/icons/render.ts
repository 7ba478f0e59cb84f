// Renders the icon geometry to RGBA PNGs with pngjs, anti-aliased by 4×4 supersampling.
import { PNG } from 'pngjs';
import { bubble, bubbleStroke, checkMark } from './draw';

type Rgb = readonly [number, number, number];

/** Afspraak's colour: a deep petrol blue, with white symbols (contrast 7.9:1). */
export const BRAND: Rgb = [0x1b, 0x4f, 0x72];
const WHITE: Rgb = [255, 255, 255];
const SAMPLES = 4;

/** A pixel's colour as seen through the shapes: a list of [coverage test, colour] painted in order. */
type Layer = { covers: (x: number, y: number) => boolean; colour: Rgb };

function render(size: number, layers: Layer[]): Buffer {
  const png = new PNG({ width: size, height: size });
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let colour: Rgb | undefined;
          for (const layer of layers) if (layer.covers(x, y)) colour = layer.colour;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const i = (py * size + px) * 4;
      // Colour is averaged over covered samples only, so edges stay white, not grey.
      png.data[i] = a ? Math.round(r / a) : 0;
      png.data[i + 1] = a ? Math.round(g / a) : 0;
      png.data[i + 2] = a ? Math.round(b / a) : 0;
      png.data[i + 3] = Math.round((255 * a) / (SAMPLES * SAMPLES));
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

/** The full-colour icon (Teams: 192×192; the Word add-in: 16/32/64/80): white bubble on brand blue. */
export function colourIcon(size: number): Buffer {
  const stroke = 0.075;
  return render(size, [
    { covers: () => true, colour: BRAND },
    { covers: (x, y) => bubble(x, y) < 0, colour: WHITE },
    { covers: (x, y) => checkMark(x, y) < stroke / 2, colour: BRAND },
  ]);
}

/** Teams' outline icon: white strokes on a fully transparent background, 32×32. */
export function outlineIcon(size: number): Buffer {
  const stroke = 2 / size;
  return render(size, [
    { covers: (x, y) => bubbleStroke(x, y, stroke), colour: WHITE },
    { covers: (x, y) => checkMark(x, y) < stroke * 0.55, colour: WHITE },
  ]);
}
