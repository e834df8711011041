import type { ArticleDetail } from '@/lib/content/types';
import { datelineText } from '@/lib/format';

import { MdxBody } from '../mdx/MdxBody';
import { ArticleHeader } from './ArticleHeader';
import { Corrections } from './Corrections';
import { HeroImage } from './HeroImage';
import { TagList } from './TagList';

/**
 * The story as a reader reads it: header, lead picture, corrections, body, tags. The article
 * page puts it between its breadcrumbs and Previous/Next; the desk's preview links
 * (lib/desk/preview/) render the same component for a story not yet published, so a preview
 * shows exactly what readers will get.
 */
export function StoryArticle({ article }: { article: ArticleDetail }) {
  return (
    <>
      <div className="mt-4">
        <ArticleHeader
          title={article.title}
          dek={article.dek}
          source={article.source}
          kicker={article.kicker}
          sectionTitle={article.sectionTitle}
          date={article.date}
          updated={article.updated}
          readingTime={article.readingTime}
          authors={article.authors}
          byline={article.byline}
          breaking={article.breaking}
        />
      </div>
      {article.image && <HeroImage image={article.image} />}
      {article.correctionsPosition === 'top' && <Corrections corrections={article.corrections} />}
      <div className="mt-6">
        <MdxBody
          code={article.bodyCode}
          alsoRead={article.alsoRead}
          dateline={datelineText(article.dateline, article.source)}
        />
      </div>
      {article.correctionsPosition === 'bottom' && <Corrections corrections={article.corrections} />}
      <TagList tags={article.tags} />
    </>
  );
}
