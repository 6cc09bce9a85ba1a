import { useState } from 'preact/hooks';
import type { ArticleInLibrary } from '@/lib/context/model';
import { t } from '@/lib/i18n/translate';

/** Props for {@link SaveArticleButton}. */
export type SaveArticleButtonProps = {
  article: ArticleInLibrary;
  /** Saves (true) or unsaves (false) the article; resolves to whether the library agreed. */
  onSave(save: boolean): Promise<boolean>;
};

/** "Save this article": a toggle that keeps the article in the reader's library. */
export default function SaveArticleButton({ article, onSave }: SaveArticleButtonProps) {
  const [saved, setSaved] = useState(article.saved);
  const toggle = () => void onSave(!saved).then((done) => done && setSaved(!saved));
  return (
    <button type="button" class="fn-save" aria-pressed={saved} onClick={toggle}>
      {saved ? t('libraryArticleSaved') : t('librarySaveArticle')}
    </button>
  );
}
