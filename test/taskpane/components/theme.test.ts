import { teamsHighContrastTheme, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { themeFor, themeKindOf } from '../../../taskpane/components/theme';

describe('the pane theme', () => {
  it.each([
    [{ officeBackground: '#FFFFFF' }, 'light'],
    [{ officeBackground: '#E6E6E6' }, 'light'],
    [{ officeBackground: '#262626' }, 'dark'],
    [{ officeBackground: '#000000', prefersDark: false }, 'dark'],
    [{ officeBackground: '#262626', forcedColors: true }, 'high-contrast'],
    [{ prefersDark: true }, 'dark'],
    [{ officeBackground: 'not a colour', prefersDark: false }, 'light'],
  ] as const)('follows Office and the system: %o → %s', (signals, kind) => {
    expect(themeKindOf(signals)).toBe(kind);
  });

  it('maps to the Fluent themes', () => {
    expect(themeFor('light')).toBe(webLightTheme);
    expect(themeFor('dark')).toBe(webDarkTheme);
    expect(themeFor('high-contrast')).toBe(teamsHighContrastTheme);
  });
});
