export {
  UpcomingGovernanceCard,
  SubscribeButton,
} from './UpcomingGovernanceCard';
export { GovernanceCalendar } from './GovernanceCalendar';
export { EntityCalendarSection } from './EntityCalendarSection';
