export { PersonLink } from './PersonLink';
