import type { Fact } from '../../../../shared/schema/fact';
import type { KeyFigure } from './libraryView';
import { formatFigure } from '../../../../shared/i18n/formats';
import { useLanguage, useT } from '../../i18n';

interface KeyFiguresProps {
  figures: readonly KeyFigure[];
  onOpen: (fact: Fact) => void;
}

export function KeyFigures({ figures, onOpen }: KeyFiguresProps) {
  const t = useT();
  const { locale } = useLanguage();
  if (figures.length === 0) return null;
  return (
    <section className="key-figures" aria-labelledby="key-figures-heading">
      <h2 className="section-label" id="key-figures-heading">
        {t('library.keyFigures')}
      </h2>
      <ul>
        {figures.map(({ figure, fact }) => (
          <li key={`${fact.id}-${figure.display}-${figure.measures}`}>
            <button
              type="button"
              className="key-figure"
              data-topic={fact.topic}
              onClick={() => onOpen(fact)}
              title={t('library.openCard', { title: fact.title })}
            >
              <span className="key-figure-value">{formatFigure(figure, locale)}</span>
              <span className="key-figure-label" lang="en">
                {figure.measures}
              </span>
              {figure.qualifier && <span className="key-figure-qualifier">{figure.qualifier}</span>}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
