export { FollowableLink, isFollowableUrl } from './FollowableLink';
