import article from './article';
import audit from './audit';
import checks from './checks';
import exportsController from './exports';
import extraction from './extraction';
import factSheet from './fact-sheet';
import preview from './preview';
import review from './review';
import tallies from './tallies';
import { createArticleChildController } from './within-published-articles';
import official from './official';

export default {
  article,
  audit,
  checks,
  'casualty-figure': createArticleChildController('casualty-figure'),
  correction: createArticleChildController('correction'),
  exports: exportsController,
  extraction,
  'fact-sheet': factSheet,
  preview,
  review,
  tallies,
  official,
  quote: createArticleChildController('quote'),
};
