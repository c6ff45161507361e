import { Link } from '@backstage/core-components';
import { ReactNode } from 'react';

/** http(s) or a path within the portal: the links the API accepts. */
export const isFollowableUrl = (url: string): boolean =>
  /^(https?:\/\/\S+|\/\S*)$/.test(url);

/**
 * A stored link, followed only when it is http(s) or a portal path; anything else (a
 * `javascript:` URL written before the API refused them) shows as plain text, so one bad record
 * can neither run script nor break the card for everyone.
 */
export function FollowableLink(props: { url: string; children: ReactNode }) {
  if (!isFollowableUrl(props.url)) {
    return (
      <span title={`Not a link the portal follows: ${props.url}`}>
        {props.children}
      </span>
    );
  }
  return <Link to={props.url}>{props.children}</Link>;
}
