export { ExperimentScorecards } from './ExperimentScorecards';
