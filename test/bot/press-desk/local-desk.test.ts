// Local mode's documented way to act as a press desk member (issue 17): PRESS_DESK_LOCAL=iedereen
// lets the Emulator's or the Agents Playground's user use the desk commands; production refuses
// the setting, and without it the local user is no member.
import { ConfigError, loadConfig } from '../../../bot/config';
import { createMembership } from '../../../bot/press-desk/members';
import { org } from './helpers';

const emulatorUser = { id: 'c1f4e9b0-0000-4000-8000-000000000001', name: 'User' };
const PRODUCTION = {
  MicrosoftAppId: '00000000-0000-0000-0000-000000000001',
  MicrosoftAppPassword: 'secret',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: '00000000-0000-0000-0000-0000000000aa',
};

describe('acting as a press desk member in local mode', () => {
  it('is off unless asked: the Emulator user is not a member', async () => {
    const config = loadConfig({});
    expect(config.pressDeskEveryone).toBe(false);
    const membership = createMembership(config.pressDeskMembers, org, undefined, config.pressDeskEveryone);
    expect(await membership.isMember(emulatorUser)).toBe(false);
  });

  it('with PRESS_DESK_LOCAL=iedereen, counts whoever writes to the local bot', async () => {
    const config = loadConfig({ PRESS_DESK_LOCAL: 'iedereen' });
    expect(config).toMatchObject({ mode: 'local', pressDeskEveryone: true });
    const membership = createMembership(config.pressDeskMembers, org, undefined, config.pressDeskEveryone);
    expect(await membership.isMember(emulatorUser)).toBe(true);
    expect(membership.configured).toBe(true);
  });

  it('refuses the setting in production and any other value', () => {
    expect(() => loadConfig({ ...PRODUCTION, PRESS_DESK_LOCAL: 'iedereen' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...PRODUCTION, PRESS_DESK_LOCAL: 'iedereen' })).toThrow(/PRESS_DESK_LOCAL/);
    expect(() => loadConfig({ PRESS_DESK_LOCAL: 'ja' })).toThrow(/iedereen/);
    expect(loadConfig(PRODUCTION).pressDeskEveryone).toBe(false);
  });
});
