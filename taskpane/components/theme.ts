// Fluent themes for the pane, following Office (or, outside Office, the system): light, dark or
// high contrast. Shared with the Teams tab where it has the same need.
import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';

export type ThemeKind = 'light' | 'dark' | 'high-contrast';

export function themeFor(kind: ThemeKind): Theme {
  if (kind === 'high-contrast') return teamsHighContrastTheme;
  return kind === 'dark' ? webDarkTheme : webLightTheme;
}

/** Relative luminance of a '#rrggbb' colour, 0 (black) to 1 (white). */
function luminance(hex: string): number | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export interface ThemeSignals {
  /** Office's task pane background (Office.context.officeTheme.bodyBackgroundColor), if known. */
  officeBackground?: string;
  /** The system asks for forced colours (Windows high contrast). */
  forcedColors?: boolean;
  prefersDark?: boolean;
}

/** High contrast wins; then Office's own theme; then the system's preference. */
export function themeKindOf(s: ThemeSignals): ThemeKind {
  if (s.forcedColors) return 'high-contrast';
  const l = s.officeBackground ? luminance(s.officeBackground) : undefined;
  if (l !== undefined) return l < 0.2 ? 'dark' : 'light';
  return s.prefersDark ? 'dark' : 'light';
}
