import { useId, useState, type ReactNode, type RefObject } from 'react';
import type { Tag, TagColor } from '../../../../shared/schema/annotations';
import { TagColourChoice } from './TagColourChoice';
import { checkTagName, nextTagColour } from './tagColours';
import { useT } from '../../i18n';

interface NewTagFormProps {
  tags: readonly Tag[];
  submitLabel: string;
  className: string;
  submitClassName: string;
  /** The message shown for this form, if any; the form links its field to it. */
  error?: string;
  errorId: string;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Creates (or, for the picker, applies) the tag; resolves to it, or undefined when it failed. */
  onCreate: (name: string, color: TagColor) => Promise<Tag | undefined>;
  onError: (message: string | undefined) => void;
  children?: ReactNode;
}

/** The one "name + colour" form for a new tag, shared by the tag manager and a card's tag picker. */
export function NewTagForm({
  tags,
  submitLabel,
  className,
  submitClassName,
  error,
  errorId,
  inputRef,
  onCreate,
  onError,
  children,
}: NewTagFormProps) {
  const nameId = useId();
  const t = useT();
  const [draftName, setDraftName] = useState('');
  const [draftColor, setDraftColor] = useState<TagColor>(() => nextTagColour(tags));

  async function submit() {
    const checked = checkTagName(draftName, t);
    if (!checked.ok) {
      onError(checked.message);
      inputRef.current?.focus();
      return;
    }
    const tag = await onCreate(checked.name, draftColor);
    if (!tag) return;
    setDraftName('');
    setDraftColor(nextTagColour([...tags, tag]));
  }

  return (
    <form
      className={className}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      {children}
      <label className="tag-field-label" htmlFor={nameId}>
        {t('tags.newName')}
      </label>
      <div className="tag-create-row">
        <input
          ref={inputRef}
          id={nameId}
          className="tag-input"
          type="text"
          autoComplete="off"
          maxLength={80}
          value={draftName}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(event) => {
            setDraftName(event.target.value);
            if (error) onError(undefined);
          }}
        />
        <button type="submit" className={submitClassName}>
          {submitLabel}
        </button>
      </div>
      <TagColourChoice label={t('tags.newColour')} value={draftColor} onChange={setDraftColor} />
    </form>
  );
}
