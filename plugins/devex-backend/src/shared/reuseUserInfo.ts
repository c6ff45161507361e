import { UserInfoService } from '@backstage/backend-plugin-api';
import { principalKey } from './principals';
import { TtlCache } from './TtlCache';

/** How long a user's ownership (their groups) serves the same user's requests on this replica. */
export const USER_INFO_TTL_MS = 10_000;

/**
 * The user info service with each user's answer reused for {@link USER_INFO_TTL_MS} on this
 * replica, as read decisions are: "my action items" and the pulse's cohort ask for the caller's
 * groups on every request, which is a round trip to the auth backend. A new group membership
 * reaches them within the period.
 */
export function reuseUserInfo(
  userInfo: UserInfoService,
  options: { ttlMs?: number; now?: () => number } = {},
): UserInfoService {
  const answers = new TtlCache<
    Awaited<ReturnType<UserInfoService['getUserInfo']>>
  >({
    ttlMs: options.ttlMs ?? USER_INFO_TTL_MS,
    now: options.now,
  });
  return {
    getUserInfo(credentials) {
      const principal = principalKey(credentials);
      if (!principal) return userInfo.getUserInfo(credentials);
      return answers.get(principal, () => userInfo.getUserInfo(credentials));
    },
  };
}
