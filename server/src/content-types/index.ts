import article from './article';
import auditEvent from './audit-event';
import casualtyFigure from './casualty-figure';
import correction from './correction';
import official from './official';
import quote from './quote';

export default {
  article,
  'audit-event': auditEvent,
  'casualty-figure': casualtyFigure,
  correction,
  official,
  quote,
};
