export { RunbookView, runbookPath } from './RunbookView';
export { RunbookChecks } from './RunbookChecks';
export { RunbookStatusChip } from './RunbookStatusChip';
