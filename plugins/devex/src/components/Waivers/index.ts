export { RequestWaiverDialog } from './RequestWaiverDialog';
export { WaiverChip, waiverLabel } from './WaiverChip';
export { WaiversCard } from './WaiversCard';
