import type { TabTheme } from './types';

/** Teams' theme names to ours; "glass" and anything new fall back to the default theme. */
export function toTabTheme(theme: string | undefined): TabTheme {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}
