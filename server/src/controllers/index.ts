import article from './article';
import { createArticleChildController } from './within-published-articles';
import official from './official';

export default {
  article,
  'casualty-figure': createArticleChildController('casualty-figure'),
  official,
  quote: createArticleChildController('quote'),
};
