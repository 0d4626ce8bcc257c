/**
 * The sender and navigation checks now live with the other security decisions in
 * `securityPolicy.ts`; this module keeps the old import path working.
 */
export { isAllowedNavigation, isTrustedSender } from './securityPolicy';
