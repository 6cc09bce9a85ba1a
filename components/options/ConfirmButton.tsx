import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n/translate';

/** Props for {@link ConfirmButton}. */
export type ConfirmButtonProps = {
  /** The button's text before confirmation. */
  label: string;
  /** An accessible name when `label` alone is ambiguous in a list ("Remove SB 54 from the library"). */
  ariaLabel?: string;
  question: string;
  confirmLabel: string;
  onConfirm(): void;
};

/**
 * A destructive action asked twice, in the page rather than a browser dialog: the first press shows the
 * question with Confirm and Cancel, and focus moves to Cancel so a second Enter does not destroy anything.
 */
export default function ConfirmButton({ label, ariaLabel, question, confirmLabel, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const openerRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (wasAsking.current) openerRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  if (!asking)
    return (
      <button type="button" ref={openerRef} aria-label={ariaLabel} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  return (
    <span class="op-confirm" role="group" aria-label={question}>
      <span class="op-confirm-question">{question}</span>
      <button
        type="button"
        class="op-danger"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" ref={cancelRef} onClick={() => setAsking(false)}>
        {t('libraryCancel')}
      </button>
    </span>
  );
}
