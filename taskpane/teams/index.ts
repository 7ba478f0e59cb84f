export type { ChannelTab, TabContext, TabTheme, TeamsHost } from './types';
export { connectTeams, mayBeInTeams } from './teams-host';
export { browserHost, browserContext } from './browser-host';
export { toTabTheme } from './theme';
