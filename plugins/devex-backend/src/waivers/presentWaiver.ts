import { Waiver } from '@devex-governance/backstage-plugin-devex-common';
import { WaiverRow } from './WaiverStore';

/** A kept waiver as the API shows it on `today`: in force when approved and not yet expired. */
export function presentWaiver(row: WaiverRow, today: string): Waiver {
  const { ownerRef: _ownerRef, ...waiver } = row;
  return {
    ...waiver,
    inForce: row.status === 'approved' && row.expiresOn >= today,
  };
}
