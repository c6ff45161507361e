export { NoteField } from './NoteField';
