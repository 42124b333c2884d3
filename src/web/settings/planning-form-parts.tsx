import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormError } from '../app/FormError.tsx';

interface Props {
  error: unknown;
  fields: readonly string[];
  saving: boolean;
  /** The submit button's words; "Save changes" when left out. */
  submitLabel?: string;
  /** Shown in a dialog: a Cancel button beside the submit. */
  onCancel?: () => void;
  disabled?: boolean;
}

/** The end of a planning settings form: what the API refused, then Cancel (in a dialog) and submit. */
export function FormActions({ error, fields, saving, submitLabel, onCancel, disabled }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <FormError error={error} fields={fields} />
      <Group justify="flex-end">
        {onCancel && (
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
        <Button type="submit" loading={saving} disabled={disabled}>
          {submitLabel ?? t('common.save')}
        </Button>
      </Group>
    </>
  );
}
