export { DueDate } from './DueDate';
export { describeDueDate } from './describeDueDate';
