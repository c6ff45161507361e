export { PersonLink, PersonLinks } from './PersonLink';
