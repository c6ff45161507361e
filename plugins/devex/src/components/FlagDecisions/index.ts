export { FlagDecisionsList } from './FlagDecisionsList';
export {
  emptyFlagDecision,
  FlagDecisionFields,
  flagDecisionComplete,
} from './FlagDecisionFields';
export type { FlagDecisionDraft } from './FlagDecisionFields';
