import Icon from '@/components/shared/Icon';
import { t } from '@/lib/i18n/translate';

/** Props for {@link BackButton}. */
export type BackButtonProps = { onBack(): void };

/** The detail view's way back to the results (or to the record it was opened from). */
export default function BackButton({ onBack }: BackButtonProps) {
  return (
    <button type="button" class="fn-quiet-button lk-back" onClick={onBack}>
      <Icon d="M10 3L5 8l5 5" size={14} />
      {t('lookupBack')}
    </button>
  );
}
