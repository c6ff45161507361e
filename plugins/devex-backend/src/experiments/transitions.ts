import { InputError } from '@backstage/errors';
import {
  ExperimentDecision,
  ExperimentStatus,
  legalNextStatuses,
} from '@devex-governance/backstage-plugin-devex-common';

/**
 * Checks a status change against the lifecycle and returns the decision to store; throws a 400
 * that lists the legal next states when the move is not one of them.
 */
export function checkTransition(options: {
  from: ExperimentStatus;
  to: ExperimentStatus;
  note: string;
  decision?: ExperimentDecision;
}): { decision: ExperimentDecision | null } {
  const { from, to, decision } = options;
  const legal = legalNextStatuses(from);
  if (!legal.includes(to)) {
    throw new InputError(
      legal.length
        ? `An experiment cannot move from ${from} to ${to}; from ${from} it can move to ${legal.join(
            ', ',
          )}`
        : `An experiment that is ${from} cannot change status any more`,
    );
  }
  if (!options.note.trim()) {
    throw new InputError('note must say why the status changes');
  }
  if (to === 'decided' && !decision) {
    throw new InputError(
      'decision (scale, iterate or retire) is required to move to decided',
    );
  }
  if (to !== 'decided' && decision) {
    throw new InputError(
      `decision is only recorded when moving to decided, not to ${to}`,
    );
  }
  return { decision: decision ?? null };
}
