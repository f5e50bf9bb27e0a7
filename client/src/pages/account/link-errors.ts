// What is wrong with an emailed link (confirmation or new password), as the API says it.
import type { CombinedError } from 'urql';
import { errorInfos } from '../../api/errors';

export const LINK_REASONS = ['TOKEN_INVALID', 'TOKEN_EXPIRED', 'TOKEN_USED'] as const;
export type LinkReason = (typeof LINK_REASONS)[number];

const isLinkReason = (reason: string | undefined): reason is LinkReason =>
  (LINK_REASONS as readonly (string | undefined)[]).includes(reason);

export function linkReason(error: CombinedError | undefined): LinkReason | null {
  return (
    (error &&
      errorInfos(error)
        .map((e) => e.reason)
        .find(isLinkReason)) ??
    null
  );
}
