// Writes the committed icons: `npx tsx manifest/icons/make-icons.ts`. Run again after changing
// draw.ts or render.ts; the PNGs are committed so packaging needs no drawing step.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { colourIcon, outlineIcon } from './render';

export const ICON_FILES = {
  color: 'color.png',
  outline: 'outline.png',
  addin: (size: number) => `addin-${size}.png`,
} as const;

/** Sizes the Word add-in manifest refers to (IconUrl 32, HighResolutionIconUrl 64, ribbon 16/32/80). */
export const ADDIN_ICON_SIZES = [16, 32, 64, 80] as const;

function main(): void {
  const dir = __dirname;
  writeFileSync(join(dir, ICON_FILES.color), colourIcon(192));
  writeFileSync(join(dir, ICON_FILES.outline), outlineIcon(32));
  for (const size of ADDIN_ICON_SIZES) writeFileSync(join(dir, ICON_FILES.addin(size)), colourIcon(size));
  console.log(`Iconen geschreven in ${dir}`);
}

if (require.main === module) main();
