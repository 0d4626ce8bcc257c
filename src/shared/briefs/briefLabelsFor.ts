import { catalogues } from '../i18n/catalogues';
import type { MessageKey } from '../i18n/catalogues';
import type { Language } from '../i18n/languages';
import { intlLocale } from '../i18n/translator';
import type { BriefLabels } from './briefLabels';
import { briefSectionIds, type BriefSectionId } from './briefSchema';

/**
 * The exported brief's labels in one of the app's languages, from the catalogue: the print page,
 * the Markdown and the Word writers all print these. Templates keep their {slots} for the writers.
 */
export function briefLabelsFor(language: Language): BriefLabels {
  const catalogue = catalogues[language];
  const text = (key: MessageKey) => catalogue[key];
  return {
    locale: intlLocale(language),
    sections: Object.fromEntries(
      briefSectionIds.map((section) => [section, text(`briefs.section.${section}`)]),
    ) as Record<BriefSectionId, string>,
    meeting: {
      date: text('briefs.label.date'),
      time: text('briefs.label.time'),
      place: text('briefs.label.place'),
      counterpart: text('briefs.label.counterpart'),
      attendees: text('briefs.label.attendees'),
    },
    disclosure: { usable: text('briefs.label.usable'), 'not-for-disclosure': text('briefs.label.notForDisclosure') },
    ifRaised: text('briefs.label.ifRaised'),
    addendum: text('briefs.label.addendum'),
    notes: text('briefs.label.notes'),
    annex: text('briefs.label.annex'),
    annexIntro: text('briefs.label.annexIntro'),
    caveat: text('briefs.label.caveat'),
    caveatSource: text('briefs.label.caveatSource'),
    missingCard: text('briefs.label.missingCard'),
    pageOfPages: text('briefs.label.pageOfPages'),
    factsAsOf: text('briefs.label.factsAsOf'),
    factsAsOfNote: text('briefs.label.factsAsOfNote'),
  };
}
