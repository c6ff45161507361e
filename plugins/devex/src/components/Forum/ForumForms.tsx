// The forms of forum mode, one component a file; forum mode picks them by step.
export type { ForumFormProps } from './RecordingForm';
export { RecordDecisionForm } from './RecordDecisionForm';
export { RecordFlagDecisionForm } from './RecordFlagDecisionForm';
export { RecordRiskChangeForm } from './RecordRiskChangeForm';
export { RecordActionItemForm } from './RecordActionItemForm';
export { ForumNoteForm } from './ForumNoteForm';
