// Which activities the tenant filter lets through, with each place Teams names the tenant varied
// on its own: `channelData.tenant.id` and `conversation.tenantId`. Either may be missing (older
// clients, some event types), but when both are there they must name the same allowed tenant: an
// activity that claims our tenant in one place and another tenant in the other is refused.
import { createTenantFilter, tenantOf } from '../../../bot/teams/tenant-filter';

const OURS = '0b0b0b0b-1111-2222-3333-444444444444';
const ALSO_OURS = '1c1c1c1c-1111-2222-3333-444444444444';
const OTHER = '9f9f9f9f-1111-2222-3333-444444444444';

/** undefined: the field is absent. */
const activity = (channel: unknown, conversation: string | undefined) => ({
  ...(channel === undefined ? {} : { channelData: { tenant: { id: channel } } }),
  conversation: { ...(conversation === undefined ? {} : { tenantId: conversation }) },
});

describe('tenant filter, one source at a time and both together', () => {
  const filter = createTenantFilter([OURS, ALSO_OURS]);

  it.each<[string, unknown, string | undefined, boolean]>([
    ['only channelData, ours', OURS, undefined, true],
    ['only channelData, another tenant', OTHER, undefined, false],
    ['only conversation.tenantId, ours', undefined, OURS, true],
    ['only conversation.tenantId, another tenant', undefined, OTHER, false],
    ['neither', undefined, undefined, false],
    ['both ours', OURS, OURS, true],
    ['both ours, in other letter case', OURS.toUpperCase(), OURS, true],
    ['both the same other tenant', OTHER, OTHER, false],
    ['channelData ours, conversation another tenant', OURS, OTHER, false],
    ['channelData another tenant, conversation ours', OTHER, OURS, false],
    ['two different allowed tenants', OURS, ALSO_OURS, false],
    ['channelData ours, conversation empty', OURS, '', true],
    ['channelData empty, conversation ours', '', OURS, true],
    ['channelData not a string, conversation ours', 42, OURS, false],
    ['channelData not a string, nothing else', { id: OURS }, undefined, false],
    ['channelData null, conversation ours', null, OURS, true],
  ])('%s', (_name, channel, conversation, allowed) => {
    expect(filter.allows(activity(channel, conversation))).toBe(allowed);
  });

  it('refuses an activity without channelData or conversation', () => {
    expect(filter.allows({})).toBe(false);
  });

  it('reads the conversation when channelData has no tenant at all (a channel post)', () => {
    const post = { channelData: { channel: { id: '19:x' } }, conversation: { tenantId: OURS } };
    expect(filter.allows(post)).toBe(true);
    expect(filter.allows({ ...post, conversation: { tenantId: OTHER } })).toBe(false);
  });

  it('serves every activity, whatever it says, when no tenant is configured (local mode)', () => {
    const open = createTenantFilter([]);
    expect(open.allows(activity(OTHER, OURS))).toBe(true);
    expect(open.allows({})).toBe(true);
  });

  it('compares configured tenants without regard to letter case', () => {
    expect(createTenantFilter([OURS.toUpperCase()]).allows(activity(OURS, OURS))).toBe(true);
  });
});

describe('tenantOf (the tenant recorded with feedback)', () => {
  it.each<[string, unknown, string | undefined, string | undefined]>([
    ['channelData first, in lower case', OURS.toUpperCase(), OTHER, OURS],
    ['conversation.tenantId when channelData has none', undefined, OTHER.toUpperCase(), OTHER],
    ['nothing when neither has one', undefined, undefined, undefined],
    ['conversation.tenantId when channelData names no string', 42, OTHER, OTHER],
  ])('%s', (_name, channel, conversation, tenant) => {
    expect(tenantOf(activity(channel, conversation))).toBe(tenant);
  });

  it('is nothing for an activity without channelData or conversation, or with a tenant-less channel', () => {
    expect(tenantOf({})).toBeUndefined();
    expect(tenantOf({ channelData: { channel: { id: '19:x' } } })).toBeUndefined();
  });
});
