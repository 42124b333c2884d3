import { useTranslation } from 'react-i18next';

/** The API's own limits, so most mistakes are caught before sending and said in the reader's language. */
export const limits = { title: 120, personName: 100, email: 254, password: 200, minPassword: 10 } as const;

type Rule = (value: string) => string | null;

export function useValidators(): { text(max: number): Rule; email: Rule; newPassword: Rule; present: Rule } {
  const { t } = useTranslation();
  return {
    text: (max) => (value) => {
      const v = value.trim();
      if (!v) return t('validation.required');
      return v.length > max ? t('validation.tooLong', { max }) : null;
    },
    email: (value) => {
      const v = value.trim();
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)) return t('validation.email');
      return v.length > limits.email ? t('validation.tooLong', { max: limits.email }) : null;
    },
    newPassword: (value) => {
      if (value.length < limits.minPassword) return t('validation.passwordLength', { min: limits.minPassword });
      return value.length > limits.password ? t('validation.tooLong', { max: limits.password }) : null;
    },
    present: (value) => (value ? null : t('validation.required')),
  };
}
