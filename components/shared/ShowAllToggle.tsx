import { t } from '@/lib/i18n/translate';

/** Props for {@link ShowAllToggle}. */
export type ShowAllToggleProps = {
  /** Whether the whole list is showing. */
  expanded: boolean;
  /** How many items the full list has. */
  count: number;
  /** What the items are, plural: "facts", "agreements". */
  noun: string;
  /** The id of the list it folds and unfolds. */
  controls: string;
  onToggle(): void;
};

/** The button under a folded list: "Show all 13 facts" / "Show fewer facts". */
export default function ShowAllToggle({ expanded, count, noun, controls, onToggle }: ShowAllToggleProps) {
  return (
    <button
      type="button"
      class="fn-quiet-button fn-more"
      aria-expanded={expanded}
      aria-controls={controls}
      onClick={onToggle}
    >
      {expanded ? t('sharedShowFewer', noun) : t('sharedShowAll', count, noun)}
    </button>
  );
}
