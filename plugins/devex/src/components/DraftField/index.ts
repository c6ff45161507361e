export { DraftField } from './DraftField';
