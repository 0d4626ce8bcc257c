import { useId } from 'react';
import type { ExportOptions, PaperSize } from '../../../../shared/export/exportSchemas';
import { defaultPackSubtitle, defaultPackTitle, paperSizes } from '../../../../shared/export/exportSchemas';
import type { MessageKey } from '../../../../shared/i18n/catalogues';
import { createTranslator } from '../../../../shared/i18n/translator';
import { languageNames, languages, useLanguage, useT, type Language } from '../../i18n';

interface OptionsFieldsetProps {
  options: ExportOptions;
  onChange: (patch: Partial<ExportOptions>) => void;
}

const toggles: { key: 'includeNotes' | 'includeHighlights' | 'includeSources'; label: MessageKey }[] = [
  { key: 'includeNotes', label: 'export.includeNotes' },
  { key: 'includeHighlights', label: 'export.includeHighlights' },
  { key: 'includeSources', label: 'export.includeSources' },
];

const paperLabels: Record<PaperSize, MessageKey> = { A4: 'export.paper.a4', Letter: 'export.paper.letter' };

export function OptionsFieldset({ options, onChange }: OptionsFieldsetProps) {
  const paperName = useId();
  const languageId = useId();
  const t = useT();
  const { language: uiLanguage } = useLanguage();
  // The shipped cover is the pack's own words, so it is shown (and printed) in the pack's language.
  const packLanguage = options.language ?? uiLanguage;
  const packT = createTranslator(packLanguage).t;
  const titleId = useId();
  const subtitleId = useId();
  const authorId = useId();
  return (
    <>
      <fieldset className="export-fieldset">
        <legend className="export-legend">{t('export.options')}</legend>
        {toggles.map(({ key, label }) => (
          <label key={key} className="export-check">
            <input
              type="checkbox"
              checked={options[key]}
              onChange={(event) => onChange({ [key]: event.target.checked })}
            />
            <span>{t(label)}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="export-fieldset export-paper">
        <legend className="export-legend">{t('export.paper')}</legend>
        {paperSizes.map((paper) => (
          <label key={paper} className="export-choice">
            <input
              type="radio"
              name={paperName}
              checked={options.paper === paper}
              onChange={() => onChange({ paper })}
            />
            <span>{t(paperLabels[paper])}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="export-fieldset">
        <legend className="export-legend">{t('export.cover')}</legend>
        <label className="export-field" htmlFor={languageId}>
          {t('export.packLanguage')}
        </label>
        <select
          id={languageId}
          className="export-input"
          value={packLanguage}
          onChange={(event) => onChange({ language: event.target.value as Language })}
        >
          {languages.map((code) => (
            <option key={code} value={code} lang={code}>
              {languageNames[code]}
            </option>
          ))}
        </select>
        <label className="export-field" htmlFor={titleId}>
          {t('export.title')}
        </label>
        <input
          id={titleId}
          className="export-input"
          maxLength={140}
          value={options.title === defaultPackTitle ? packT('pack.defaultTitle') : options.title}
          onChange={(event) => onChange({ title: event.target.value })}
        />
        <label className="export-field" htmlFor={subtitleId}>
          {t('export.subtitle')}
        </label>
        <input
          id={subtitleId}
          className="export-input"
          maxLength={200}
          value={options.subtitle === defaultPackSubtitle ? packT('pack.defaultSubtitle') : options.subtitle}
          onChange={(event) => onChange({ subtitle: event.target.value })}
        />
        <label className="export-field" htmlFor={authorId}>
          {t('export.author')}
        </label>
        <input
          id={authorId}
          className="export-input"
          maxLength={120}
          value={options.author}
          onChange={(event) => onChange({ author: event.target.value })}
        />
      </fieldset>
    </>
  );
}
