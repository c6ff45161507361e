export { ChangeStatusDialog } from './ChangeStatusDialog';
