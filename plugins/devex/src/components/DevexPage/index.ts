export { DevexPage } from './DevexPage';
export { DevexPortfolio } from './DevexPortfolio';
