import { NotificationSendOptions } from '@backstage/plugin-notifications-node';

/**
 * Text people typed (a blocker's title and description, a Next_Steps bullet, an action item's
 * title in the digest, a waiver's justification), made safe to send. Slack's processor sends a
 * notification's title and description as `mrkdwn`, where `<!channel>`, `<!here>`, `<@U123>` and
 * `<https://x|a label>` are control sequences: a mention of everyone, or a link disguised by its
 * label. Their angle brackets become look-alike single guillemets (‹ ›), which read the same in
 * Slack, email and the portal's notifications and control nothing; control characters go.
 */
export function notificationText(text: string): string {
  return (
    text
      .replace(/</g, '‹')
      .replace(/>/g, '›')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
  );
}

/** A notification whose title and description are safe for every channel (see above). */
export function safeNotification(
  notification: NotificationSendOptions,
): NotificationSendOptions {
  const { payload } = notification;
  return {
    ...notification,
    payload: {
      ...payload,
      title: notificationText(payload.title),
      ...(payload.description !== undefined && {
        description: notificationText(payload.description),
      }),
    },
  };
}
