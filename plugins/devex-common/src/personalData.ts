import { WireSchemas } from './wire';

/**
 * What a person's ref becomes in the records that stay after their personal data is erased;
 * shown as "former user".
 */
export const FORMER_USER_REF = 'user:default/former-user';

/** Whether a ref is the former-user marker left by erasure. */
export const isFormerUser = (ref: string | null | undefined): boolean =>
  ref?.toLocaleLowerCase('en-US') === FORMER_USER_REF;

export type ErasureRequest = WireSchemas['ErasureRequest'];
export type ErasureReport = WireSchemas['ErasureReport'];
