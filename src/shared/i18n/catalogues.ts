import { en, type Catalogue, type MessageKey } from './messages/en';
import { kk } from './messages/kk';
import { ko } from './messages/ko';
import { ru } from './messages/ru';
import { pseudoCatalogue } from './pseudo';
import type { Language, UiLocale } from './languages';

export type { Catalogue, MessageKey };

export const catalogues: Record<Language, Catalogue> = { en, ko, ru, kk };

let pseudo: Catalogue | undefined;

export function catalogueFor(locale: UiLocale): Catalogue {
  if (locale === 'en-XA') return (pseudo ??= pseudoCatalogue(en));
  return catalogues[locale];
}
