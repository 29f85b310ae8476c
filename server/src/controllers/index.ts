import article from './article';
import audit from './audit';
import factSheet from './fact-sheet';
import { createArticleChildController } from './within-published-articles';
import official from './official';

export default {
  article,
  audit,
  'casualty-figure': createArticleChildController('casualty-figure'),
  correction: createArticleChildController('correction'),
  'fact-sheet': factSheet,
  official,
  quote: createArticleChildController('quote'),
};
