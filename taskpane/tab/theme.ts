import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { TabTheme } from '../teams/types';

/** Fluent's Teams themes, so the tab looks like Teams in default, dark and high contrast. */
export function fluentTheme(theme: TabTheme): Theme {
  if (theme === 'dark') return teamsDarkTheme;
  if (theme === 'contrast') return teamsHighContrastTheme;
  return teamsLightTheme;
}
