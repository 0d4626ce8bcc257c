import { useCallback } from 'react';
import { asBriefingError } from '../../../shared/errors';
import { useLanguage } from './I18nProvider';
import { errorText } from './errorText';
import { useT } from './useT';

/** `(error) => text`: any failure as the window says it, in its language. */
export function useErrorText(): (error: unknown) => string {
  const t = useT();
  const { locale } = useLanguage();
  return useCallback((error: unknown) => errorText(asBriefingError(error), t, locale), [t, locale]);
}
