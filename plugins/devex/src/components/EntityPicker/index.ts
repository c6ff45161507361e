export { EntityPicker } from './EntityPicker';
