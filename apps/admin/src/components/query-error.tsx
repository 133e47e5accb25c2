import { Alert, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../services/errors';

/** A failed load, said the one way every page says it, with a retry. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const shown = describeError(error, t);
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      title={t('common:state.error')}
      description={shown.message}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t('common:action.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
