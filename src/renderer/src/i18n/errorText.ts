import type { BriefingError, BriefingErrorCode } from '../../../shared/errors';
import { en, type MessageKey } from '../../../shared/i18n/messages/en';
import type { UiLocale } from '../../../shared/i18n/languages';
import type { Translate } from './useT';

/**
 * The main process writes its errors in English (they are also its log text) with a code and,
 * for the disk, a reason drawn from a fixed list. The window says them in its own language from
 * those: a known reason by its catalogue entry, otherwise the code's sentence. English shows the
 * original, which is the most precise.
 */
const reasonKeys = Object.keys(en).filter((key) => key.startsWith('reason.')) as MessageKey[];
const reasonByEnglish = new Map<string, MessageKey>(reasonKeys.map((key) => [en[key], key]));

const codeKeys: Record<BriefingErrorCode, MessageKey> = {
  'invalid-request': 'error.invalid-request',
  'invalid-response': 'error.internal',
  'unknown-channel': 'error.internal',
  'not-found': 'error.not-found',
  'database-invalid': 'error.database-invalid',
  'database-too-new': 'error.database-too-new',
  'write-failed': 'error.write-failed',
  'read-only': 'error.read-only',
  internal: 'error.internal',
};

/** A disk reason ("The disk is full") in the window's language; one it does not know stays as written. */
export function localReason(reason: string, t: Translate): string {
  const key = reasonByEnglish.get(reason.replace(/\.$/, ''));
  return key ? t(key) : reason;
}

export function errorText(
  error: Pick<BriefingError, 'code' | 'message' | 'reason'>,
  t: Translate,
  locale: UiLocale,
): string {
  if (locale === 'en') return error.message;
  if (error.reason && reasonByEnglish.has(error.reason)) {
    return t('error.withReason', { reason: localReason(error.reason, t) });
  }
  return t(codeKeys[error.code]);
}
