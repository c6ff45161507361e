export { ActionItemDialog } from './ActionItemDialog';
export type { ActionItemDialogProps } from './ActionItemDialog';
