export {
  UpcomingGovernanceCard,
  SubscribeButton,
} from './UpcomingGovernanceCard';
export { GovernanceCalendar } from './GovernanceCalendar';
export {
  entityRunbooks,
  resolveRunbookUrl,
  RUNBOOK_ANNOTATION,
} from './runbooks';
