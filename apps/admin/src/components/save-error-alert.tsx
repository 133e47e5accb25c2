import { Alert, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { describeError } from '../services/errors';
import { placeFieldErrors } from '../services/forms';

/**
 * A failed save's message above an editor form, listing the field errors no registered field can
 * show (the others sit on their fields). Renders nothing without a failure.
 */
export function SaveErrorAlert({ form, failure, fieldLabel }: { form: FormInstance; failure: unknown; fieldLabel: (field: string) => string }) {
  const { t } = useTranslation();
  if (!failure) return null;
  const banner = describeError(failure, t);
  const { unplaced } = placeFieldErrors(form, banner, 'registered');
  return (
    <Alert
      role="alert"
      type="error"
      showIcon
      title={banner.message}
      description={
        unplaced.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {unplaced.map((field) => (
              <li key={field}>
                {fieldLabel(field)}: {banner.fields[field]}
              </li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
