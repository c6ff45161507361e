export { TextDialog } from './TextDialog';
export type { TextDialogField, TextDialogProps } from './TextDialog';
