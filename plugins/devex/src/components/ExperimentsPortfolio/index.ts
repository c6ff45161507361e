export { ExperimentsPortfolio } from './ExperimentsPortfolio';
