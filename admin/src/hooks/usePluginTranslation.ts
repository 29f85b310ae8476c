import { useIntl } from 'react-intl';
import { getTranslation } from '../utils/getTranslation';

/** The plugin's messages by their short id: `t('queue.title', 'Check queue', { count })`. */
export function usePluginTranslation() {
  const { formatMessage } = useIntl();
  return (id: string, defaultMessage: string, values?: Record<string, string | number>) =>
    formatMessage({ id: getTranslation(id), defaultMessage }, values);
}
