export { HighlightableRow } from './HighlightableRow';
