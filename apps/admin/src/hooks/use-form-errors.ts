import type { FormInstance } from 'antd';
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError, type ShownError } from '../services/errors';
import { showFieldErrors, type FieldTargets } from '../services/forms';

/**
 * Shows a failed submit's field errors on the form, and keeps every field message (the schema's
 * and the server's) in the UI language when the user switches it.
 */
export function useFormErrors(form: FormInstance, fields: FieldTargets) {
  const { t, i18n } = useTranslation();
  const lastFailure = useRef<unknown>(undefined);

  const show = useCallback(
    (error: unknown): ShownError => {
      lastFailure.current = error;
      const shown = describeError(error, t);
      showFieldErrors(form, shown, fields);
      return shown;
    },
    [form, t, fields],
  );

  const forget = useCallback(() => {
    lastFailure.current = undefined;
  }, []);

  useEffect(() => {
    const names = form
      .getFieldsError()
      .filter((field) => field.errors.length > 0)
      .map((field) => field.name);
    if (names.length === 0) return;
    void form
      .validateFields(names)
      .catch(() => undefined)
      .then(() => {
        if (lastFailure.current !== undefined) showFieldErrors(form, describeError(lastFailure.current, t), fields);
      });
    // Only a language switch re-translates; t is that language's.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [i18n.language]);

  return { show, forget };
}
