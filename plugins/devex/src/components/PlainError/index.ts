export { PlainError, plainErrorMessage } from './PlainError';
