import { useCallback, useContext } from 'react';
import { IntlContext } from 'react-intl';
import type { MessageKey } from '../../../shared/i18n/catalogues';
import { createTranslator, type MessageValues } from '../../../shared/i18n/translator';

export type Translate = (key: MessageKey, values?: MessageValues) => string;

// A part rendered on its own (a component test, a print page before its language arrives) speaks English.
const english = createTranslator('en');

/** `t('key', values)`: the one way the window turns a catalogue key into text. */
export function useT(): Translate {
  const intl = useContext(IntlContext);
  return useCallback(
    (key, values) => (intl ? intl.formatMessage({ id: key }, values) : english.t(key, values)),
    [intl],
  );
}
