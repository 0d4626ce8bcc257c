import { briefSectionIds, type BriefSectionId } from '../../../../shared/briefs/briefSchema';
import type { MessageKey } from '../../../../shared/i18n/catalogues';

export const sectionKey = (section: BriefSectionId): MessageKey => `briefs.section.${section}`;

/** The sections whose new lines need a date before they can be added. */
export const datedSections: ReadonlySet<BriefSectionId> = new Set(['timeline']);

export function neighbourSection(section: BriefSectionId, step: -1 | 1): BriefSectionId | undefined {
  return briefSectionIds[briefSectionIds.indexOf(section) + step];
}

/** Remembered while the window is open: the briefs place reopens on the brief last worked on. */
let lastOpened: string | undefined;
export const lastOpenedBrief = {
  get: () => lastOpened,
  set: (briefId: string | undefined) => {
    lastOpened = briefId;
  },
};
