export { ActionItemsCard } from './ActionItemsCard';
export type { ActionItemsCardProps } from './ActionItemsCard';
