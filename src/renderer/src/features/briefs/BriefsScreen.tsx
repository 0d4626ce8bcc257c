import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Library } from '../../../../shared/contract';
import type { Fact } from '../../../../shared/schema/fact';
import type { LibraryActions } from '../../store/useLibrary';
import { DialogCloseButton, ModalDialog } from '../../ui/ModalDialog';
import { useT } from '../../i18n';
import { BriefEditor } from './BriefEditor';
import { BriefList } from './BriefList';
import { MeetingView } from './MeetingView';
import { lastOpenedBrief } from './briefSections';
import { useBriefChange } from './useBriefChange';
import './briefs.css';

/** What a command opened the briefs place to do; a new token does it again while it is open. */
export interface BriefsStart {
  action: 'list' | 'new' | 'from-cards' | 'meeting' | 'export';
  token: number;
}

interface BriefsScreenProps {
  library: Library;
  actions: LibraryActions;
  /** The cards of the library's current view (a topic, the starred cards, a tag, search results). */
  viewFacts: readonly Fact[];
  /** What the view is called, for the title of a brief built from it. */
  viewTitle: string;
  start?: BriefsStart;
  onOpenCard: (factId: string) => void;
  announce: (message: string) => void;
  onClose: () => void;
}

/** The briefs place: the list of briefs on the left, the open brief's editor (or meeting view) beside it. */
export function BriefsScreen({
  library,
  actions,
  viewFacts,
  viewTitle,
  start,
  onOpenCard,
  announce,
  onClose,
}: BriefsScreenProps) {
  const t = useT();
  const titleId = useId();
  const briefs = library.user.briefs;
  const [openId, setOpenId] = useState<string | undefined>(() => lastOpenedBrief.get() ?? briefs[0]?.id);
  const [meeting, setMeeting] = useState(false);
  const { send, error } = useBriefChange(actions);
  const brief = briefs.find((candidate) => candidate.id === openId) ?? briefs[0];
  const readOnly = Boolean(library.readOnly);
  const cards = useMemo(
    () => new Map([...library.facts, ...library.user.ownFacts].map((fact) => [fact.id, fact])),
    [library],
  );
  const card = useCallback((factId: string) => cards.get(factId), [cards]);

  const open = useCallback((briefId: string | undefined) => {
    setOpenId(briefId);
    lastOpenedBrief.set(briefId);
  }, []);

  const created = useCallback(
    (answer: { briefId: string } | undefined, title: string) => {
      if (!answer) return;
      open(answer.briefId);
      announce(t('briefs.created', { title }));
      requestAnimationFrame(() => document.getElementById('brief-field-title')?.focus());
    },
    [open, announce, t],
  );

  const newBrief = useCallback(() => {
    const title = t('briefs.new.defaultTitle');
    void send({ operation: 'create', title }).then((answer) => created(answer, title));
  }, [send, created, t]);

  const fromCards = useCallback(() => {
    if (viewFacts.length === 0) return announce(t('briefs.fromCards.none'));
    const title = t('briefs.fromCards.title', { selection: viewTitle }).slice(0, 140);
    void send({ operation: 'createFromCards', title, factIds: viewFacts.map((fact) => fact.id) }).then((answer) =>
      created(answer, title),
    );
  }, [viewFacts, viewTitle, send, created, announce, t]);

  // A command's start runs once per token: the meeting view is state, the rest are actions.
  const [startShown, setStartShown] = useState<number>();
  if (start && startShown !== start.token) {
    setStartShown(start.token);
    if (start.action === 'meeting' && brief) setMeeting(true);
  }
  const handled = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!start || handled.current === start.token) return;
    handled.current = start.token;
    if (start.action === 'new' && !readOnly) newBrief();
    if (start.action === 'from-cards' && !readOnly) fromCards();
    if (start.action === 'export' && brief) {
      requestAnimationFrame(() => document.querySelector<HTMLButtonElement>('[data-export="pdf"]')?.focus());
    }
  }, [start, readOnly, newBrief, fromCards, brief]);

  const close = () => (meeting ? setMeeting(false) : onClose());

  return (
    <ModalDialog
      labelledBy={titleId}
      onClose={close}
      className={`briefs-screen${meeting ? ' briefs-screen-meeting' : ''}`}
      backdropClassName={`briefs-backdrop${meeting ? ' briefs-backdrop-meeting' : ''}`}
      keepOnBackdropClick
    >
      {meeting && brief ? (
        <MeetingView brief={brief} library={library} card={card} titleId={titleId} onLeave={() => setMeeting(false)} />
      ) : (
        <>
          <nav className="briefs-side" aria-label={t('briefs.list.label')}>
            <div className="briefs-side-head">
              <h1 className="briefs-title" id={titleId}>
                {t('briefs.screen.title')}
              </h1>
              <DialogCloseButton label={t('briefs.screen.close')} onClick={onClose} />
            </div>
            {!readOnly && (
              <div className="briefs-new">
                <button type="button" className="button button-primary" onClick={newBrief}>
                  {t('briefs.new')}
                </button>
                <button type="button" className="button" onClick={fromCards} disabled={viewFacts.length === 0}>
                  {t('briefs.fromCards', { count: viewFacts.length })}
                </button>
              </div>
            )}
            {error && (
              <p className="inline-error" role="alert">
                {error}
              </p>
            )}
            <BriefList briefs={briefs} openId={brief?.id} onOpen={open} />
          </nav>
          <div className="briefs-main">
            {brief ? (
              <BriefEditor
                key={brief.id}
                brief={brief}
                library={library}
                actions={actions}
                card={card}
                onOpenCard={onOpenCard}
                onMeetingView={() => setMeeting(true)}
                onDeleted={(deleted) => {
                  open(briefs.find((candidate) => candidate.id !== deleted.id)?.id);
                  announce(t('briefs.deleted', { title: deleted.title }));
                }}
                announce={announce}
              />
            ) : (
              <p className="briefs-empty">{t('briefs.none.selected')}</p>
            )}
          </div>
        </>
      )}
    </ModalDialog>
  );
}
