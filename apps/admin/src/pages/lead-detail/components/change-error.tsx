import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../services/errors';
import { isConflict } from '../use-lead-change';

/**
 * Why a change to the lead failed, said the one way errors are said; after a CONFLICT the lead
 * has been reloaded, and the user is told to look again before retrying.
 */
export function ChangeError({ error, hideFields = [] }: { error: unknown; hideFields?: readonly string[] }) {
  const { t } = useTranslation();
  if (!error) return null;
  const shown = describeError(error, t);
  // a failure that landed on a field of the form is shown there
  if (Object.keys(shown.fields).some((field) => hideFields.includes(field))) return null;
  return (
    <Alert
      role="alert"
      type={isConflict(error) ? 'warning' : 'error'}
      showIcon
      title={shown.message}
      description={isConflict(error) ? t('leads.conflict.reloaded') : undefined}
      style={{ marginTop: 12 }}
      data-testid="lead-change-error"
    />
  );
}
