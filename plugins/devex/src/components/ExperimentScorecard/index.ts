export { ExperimentScorecardCard } from './ExperimentScorecardCard';
