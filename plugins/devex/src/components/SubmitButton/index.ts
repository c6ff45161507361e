export { missingOf, SubmitButton } from './SubmitButton';
