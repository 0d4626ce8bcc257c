import { useState } from 'react';
import type { Brief } from '../../../../shared/briefs/briefSchema';
import type { BriefRequest } from '../../../../shared/briefs/briefRequests';
import { useT } from '../../i18n';
import type { BriefAnswer } from './useBriefChange';

interface Draft {
  title: string;
  meetingDate: string;
  meetingTime: string;
  place: string;
  counterpart: string;
  attendees: string;
  handlingLabel: string;
}

function draftOf(brief: Brief): Draft {
  return {
    title: brief.title,
    meetingDate: brief.meetingDate ?? '',
    meetingTime: brief.meetingTime ?? '',
    place: brief.place,
    counterpart: brief.counterpart,
    attendees: brief.attendees.join('\n'),
    handlingLabel: brief.handlingLabel,
  };
}

const attendeeList = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The header edit a changed field makes: only that field, so two quick edits never overwrite each other. */
function editOf(brief: Brief, field: keyof Draft, draft: Draft): BriefRequest | undefined {
  const base = { operation: 'updateHeader' as const, briefId: brief.id };
  const value = draft[field].trim();
  switch (field) {
    case 'attendees': {
      const list = attendeeList(draft.attendees);
      return list.join('\n') === brief.attendees.join('\n') ? undefined : { ...base, attendees: list };
    }
    case 'meetingDate':
      return value === (brief.meetingDate ?? '') ? undefined : { ...base, meetingDate: value || null };
    case 'meetingTime':
      return value === (brief.meetingTime ?? '') ? undefined : { ...base, meetingTime: value || null };
    default:
      return value === brief[field] ? undefined : { ...base, [field]: value };
  }
}

/** The meeting the brief is for: each field is saved when the user leaves it. */
export function BriefHeaderForm({
  brief,
  readOnly,
  send,
}: {
  brief: Brief;
  readOnly: boolean;
  send: (request: BriefRequest) => Promise<BriefAnswer | undefined>;
}) {
  const t = useT();
  const [draft, setDraft] = useState(() => draftOf(brief));
  const [shown, setShown] = useState(brief);
  if (shown !== brief) {
    // What the main process now holds wins for the fields it changed (an undo, a save); a field
    // being typed in that did not change there keeps what is being typed.
    const before = draftOf(shown);
    const after = draftOf(brief);
    setShown(brief);
    setDraft((now) => {
      const next = { ...now };
      for (const key of Object.keys(after) as Array<keyof Draft>)
        if (before[key] !== after[key]) next[key] = after[key];
      return next;
    });
  }

  const field = (name: keyof Draft) => ({
    id: `brief-field-${name}`,
    name,
    value: draft[name],
    readOnly,
    onChange: (event: { target: { value: string } }) => setDraft((now) => ({ ...now, [name]: event.target.value })),
    onBlur: () => {
      const edit = editOf(brief, name, draft);
      if (edit) void send(edit).then((answer) => answer ?? setDraft(draftOf(brief)));
    },
  });

  return (
    <fieldset className="brief-header-form">
      <legend className="brief-legend">{t('briefs.header.legend')}</legend>
      <div className="brief-field brief-field-wide">
        <label htmlFor="brief-field-title">{t('briefs.field.title')}</label>
        <input className="brief-input brief-title-input" maxLength={140} required {...field('title')} />
      </div>
      <div className="brief-field">
        <label htmlFor="brief-field-meetingDate">{t('briefs.field.date')}</label>
        <input className="brief-input" type="date" {...field('meetingDate')} />
      </div>
      <div className="brief-field">
        <label htmlFor="brief-field-meetingTime">{t('briefs.field.time')}</label>
        <input className="brief-input" type="time" disabled={!draft.meetingDate} {...field('meetingTime')} />
      </div>
      <div className="brief-field">
        <label htmlFor="brief-field-place">{t('briefs.field.place')}</label>
        <input className="brief-input" maxLength={200} {...field('place')} />
      </div>
      <div className="brief-field">
        <label htmlFor="brief-field-counterpart">{t('briefs.field.counterpart')}</label>
        <input className="brief-input" maxLength={200} {...field('counterpart')} />
      </div>
      <div className="brief-field brief-field-wide">
        <label htmlFor="brief-field-attendees">{t('briefs.field.attendees')}</label>
        <textarea className="brief-input" rows={2} {...field('attendees')} />
      </div>
      <div className="brief-field brief-field-wide">
        <label htmlFor="brief-field-handlingLabel">{t('briefs.field.handling')}</label>
        <input
          className="brief-input"
          maxLength={120}
          placeholder={t('briefs.field.handling.placeholder')}
          {...field('handlingLabel')}
        />
      </div>
    </fieldset>
  );
}
