import article from './article';
import casualtyFigure from './casualty-figure';
import official from './official';
import quote from './quote';

export default {
  article,
  'casualty-figure': casualtyFigure,
  official,
  quote,
};
