import { UrlReaderService } from '@backstage/backend-plugin-api';
import {
  EscalationService,
  EscalationServiceOptions,
} from '../escalation/EscalationService';
import { NextStepsFileReader } from '../escalation/NextStepsFileReader';

/**
 * An escalation service with its Next_Steps file reader, built from one set of options as
 * services.ts wires them: `syncNextStepsFiles` runs the reader's scheduled work.
 */
export function escalationWithReader(
  options: EscalationServiceOptions & { urlReader: UrlReaderService },
): EscalationService & {
  syncNextStepsFiles(signal?: AbortSignal): Promise<void>;
} {
  const escalation = new EscalationService(options);
  const reader = new NextStepsFileReader({
    ...options,
    escalation,
    limits: options.settings.nextSteps,
  });
  return Object.assign(escalation, {
    syncNextStepsFiles: (signal?: AbortSignal) =>
      reader.syncNextStepsFiles(signal),
  });
}
