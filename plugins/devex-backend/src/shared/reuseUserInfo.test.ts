import { mockCredentials } from '@backstage/backend-test-utils';
import { reuseUserInfo, USER_INFO_TTL_MS } from './reuseUserInfo';

describe('reuseUserInfo', () => {
  it("reuses a user's groups for the period, per user, and asks again after it", async () => {
    let now = 0;
    let asked = 0;
    const userInfo = reuseUserInfo(
      {
        getUserInfo: async credentials => {
          asked += 1;
          const ref = (credentials.principal as { userEntityRef: string })
            .userEntityRef;
          return {
            userEntityRef: ref,
            ownershipEntityRefs: [ref, `n${asked}`],
          };
        },
      },
      { now: () => now },
    );
    const alice = mockCredentials.user('user:default/alice');
    const bob = mockCredentials.user('user:default/bob');
    const first = await userInfo.getUserInfo(alice);
    expect(await userInfo.getUserInfo(alice)).toBe(first);
    expect((await userInfo.getUserInfo(bob)).userEntityRef).toBe(
      'user:default/bob',
    );
    expect(asked).toBe(2);
    now = USER_INFO_TTL_MS;
    expect((await userInfo.getUserInfo(alice)).ownershipEntityRefs).toEqual([
      'user:default/alice',
      'n3',
    ]);
  });
});
