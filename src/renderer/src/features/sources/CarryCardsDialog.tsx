import { useEffect, useId, useRef, useState } from 'react';
import { asBriefingError } from '../../../../shared/errors';
import type { CarryPlanSummary, CarryStayReason, SourceRecord } from '../../../../shared/sources';
import { useBriefingService } from '../../service/ServiceContext';
import type { LibraryActions } from '../../store/useLibrary';
import { useErrorText, useT, type Translate } from '../../i18n';
import { DialogCloseButton, ModalDialog } from '../../ui/ModalDialog';

interface CarryCardsDialogProps {
  /** The new version the cards would move to. */
  source: SourceRecord;
  actions: Pick<LibraryActions, 'carryCards'>;
  /** After the move, with the line the reader then shows. */
  onDone: (status: string) => void;
  onClose: () => void;
}

function reasonText(t: Translate, reason: CarryStayReason): string {
  return reason.kind === 'paragraph-missing'
    ? t('versions.carry.reason.paragraph-missing', { paragraph: reason.paragraph })
    : t(`versions.carry.reason.${reason.kind}`);
}

/** Which cards move to the new version and which stay, and why, before anything is moved. */
export function CarryCardsDialog({ source, actions, onDone, onClose }: CarryCardsDialogProps) {
  const t = useT();
  const titleId = useId();
  const service = useBriefingService();
  const describeError = useErrorText();
  const [plan, setPlan] = useState<CarryPlanSummary>();
  const [problem, setProblem] = useState<string>();
  const [moving, setMoving] = useState(false);
  const problemRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let current = true;
    service.previewCarryCards({ sourceId: source.id }).then(
      (next) => current && setPlan(next),
      (error: unknown) => current && setProblem(describeError(asBriefingError(error))),
    );
    return () => {
      current = false;
    };
  }, [service, source.id, describeError]);

  const moves = plan?.moves.length ?? 0;
  const move = async () => {
    if (moving || moves === 0) return;
    setMoving(true);
    setProblem(undefined);
    try {
      const answer = await actions.carryCards({ sourceId: source.id });
      const moved = t('versions.carry.doneMoved', { count: answer.moved, title: source.title });
      onDone(answer.stayed > 0 ? `${moved} ${t('versions.carry.doneStayed', { count: answer.stayed })}` : moved);
    } catch (error) {
      setProblem(describeError(asBriefingError(error)));
      queueMicrotask(() => problemRef.current?.focus());
      setMoving(false);
    }
  };

  return (
    <ModalDialog labelledBy={titleId} onClose={onClose} className="source-carry">
      <div className="detail-header">
        <span className="reader-kicker">{t('sources.reader.kicker')}</span>
        <DialogCloseButton label={t('versions.carry.close')} onClick={onClose} />
      </div>
      <h2 id={titleId} className="detail-title">
        {t('versions.carry.title', { title: source.title })}
      </h2>
      <p className="detail-summary">{t('versions.carry.intro')}</p>
      {problem && (
        <p className="form-error" role="alert" tabIndex={-1} ref={problemRef}>
          {problem}
        </p>
      )}
      {!plan && !problem && (
        <p className="source-import-busy" role="status">
          {t('versions.carry.checking')}
        </p>
      )}
      {plan && (
        <>
          {plan.moves.length > 0 && (
            <section className="carry-group" aria-labelledby={`${titleId}-moves`}>
              <h3 id={`${titleId}-moves`} className="carry-group-title">
                {t('versions.carry.moves', { count: plan.moves.length })}
              </h3>
              <ul className="sources-items">
                {plan.moves.map((card) => (
                  <li key={card.cardId} className="sources-item">
                    <span className="sources-item-text">
                      <span className="sources-item-title">{card.title}</span>
                      <span className="sources-item-meta">
                        {t('versions.carry.willCite', { paragraphs: card.paragraphs.join(', ¶') })}
                      </span>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {plan.stays.length > 0 && (
            <section className="carry-group" aria-labelledby={`${titleId}-stays`}>
              <h3 id={`${titleId}-stays`} className="carry-group-title">
                {t('versions.carry.stays', { count: plan.stays.length })}
              </h3>
              <ul className="sources-items">
                {plan.stays.map((card) => (
                  <li key={card.cardId} className="sources-item">
                    <span className="sources-item-text">
                      <span className="sources-item-title">{card.title}</span>
                      <span className="sources-item-meta">{reasonText(t, card.reason)}</span>
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
          {moves === 0 && (
            <p className="form-hint" id={`${titleId}-nothing`}>
              {t('versions.carry.nothing')}
            </p>
          )}
        </>
      )}
      {moving && (
        <p className="source-import-busy" role="status">
          {t('versions.carry.moving')}
        </p>
      )}
      <div className="detail-actions">
        <span className="detail-actions-spacer" />
        <button type="button" className="button" onClick={onClose}>
          {t('versions.carry.cancel')}
        </button>
        <button
          type="button"
          className="button button-primary"
          aria-disabled={!plan || moves === 0 || moving}
          aria-describedby={plan && moves === 0 ? `${titleId}-nothing` : undefined}
          onClick={() => void move()}
        >
          {t('versions.carry.move', { count: moves })}
        </button>
      </div>
    </ModalDialog>
  );
}
