import { useState } from 'react';
import type { Fact } from '../../../../shared/schema/fact';
import { ownCardsCiting, type SourceRecord } from '../../../../shared/sources';
import type { LibraryActions } from '../../store/useLibrary';
import { useT } from '../../i18n';
import { CarryCardsDialog } from './CarryCardsDialog';

interface SourceVersionsProps {
  source: SourceRecord;
  sources: readonly SourceRecord[];
  facts: readonly Fact[];
  onOpenSource: (sourceId: string) => void;
  actions: Pick<LibraryActions, 'carryCards'>;
}

/**
 * The versions of an article as the reader says them: an old one names its newer version, a new one the article it
 * replaces and, while the user's cards still cite that one, offers to carry them over.
 */
export function SourceVersions({ source, sources, facts, onOpenSource, actions }: SourceVersionsProps) {
  const t = useT();
  const [carrying, setCarrying] = useState(false);
  const [carried, setCarried] = useState<string>();
  const newer = sources.find((candidate) => candidate.supersedes === source.id);
  const older = source.supersedes ? sources.find((candidate) => candidate.id === source.supersedes) : undefined;
  const citingOlder = older ? ownCardsCiting(facts, older.id).length : 0;
  if (!newer && !older) return null;
  return (
    <div className="reader-versions">
      {newer && (
        <p className="reader-version-line">
          <span>{t('versions.reader.newer', { title: newer.title })}</span>
          <button type="button" className="button button-quiet" onClick={() => onOpenSource(newer.id)}>
            {t('versions.reader.openNewer')}
          </button>
        </p>
      )}
      {older && (
        <p className="reader-version-line">
          <span>{t('versions.reader.older', { title: older.title })}</span>
          <button type="button" className="button button-quiet" onClick={() => onOpenSource(older.id)}>
            {t('versions.reader.openOlder')}
          </button>
          {citingOlder > 0 && (
            <button type="button" className="button" onClick={() => setCarrying(true)}>
              {t('versions.carry.button', { count: citingOlder })}
            </button>
          )}
        </p>
      )}
      {carried && (
        <p className="reader-version-status" role="status">
          {carried}
        </p>
      )}
      {carrying && older && (
        <CarryCardsDialog
          source={source}
          actions={actions}
          onDone={(status) => {
            setCarrying(false);
            setCarried(status);
          }}
          onClose={() => setCarrying(false)}
        />
      )}
    </div>
  );
}
