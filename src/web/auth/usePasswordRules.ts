import { useTranslation } from 'react-i18next';

export const MIN_PASSWORD_LENGTH = 10;

/** The API's password rule, checked before sending so the message is in the reader's language. */
export function usePasswordRules(): (value: string) => string | null {
  const { t } = useTranslation();
  return (value) => {
    if (value.length < MIN_PASSWORD_LENGTH) return t('validation.passwordLength', { min: MIN_PASSWORD_LENGTH });
    if (value.length > 200) return t('validation.passwordTooLong');
    return null;
  };
}
