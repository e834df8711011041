/**
 * The desk's preview renderer (lib/desk/preview/open.ts): a story not yet published, rendered by
 * the very component the article page renders (components/article/StoryArticle.tsx), with React's
 * server renderer. It lives here, beside the desk's entry point, and is handed to the gate: lib/
 * may not import components/ (eslint-rules/lib-layers.mjs), and this file is the one crossing.
 */
import { renderToStaticMarkup } from 'react-dom/server';

import { StoryArticle } from '../../components/article/StoryArticle';
import type { PreviewRenderer } from '../../lib/desk/preview/open';

export const renderPreview: PreviewRenderer = (article) => renderToStaticMarkup(<StoryArticle article={article} />);
