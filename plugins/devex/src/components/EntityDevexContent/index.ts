export { EntityDevexContent } from './EntityDevexContent';
