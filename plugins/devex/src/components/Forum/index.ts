export { ForumSection } from './ForumSection';
export { ForumMode } from './ForumMode';
export { ForumMinutes, ForumMinutesView } from './ForumMinutes';
export { ForumOccurrences } from './ForumOccurrences';
