import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { patch } from '../api/client.ts';
import { meKey } from '../api/me.ts';
import type { Me } from '../api/types.ts';
import { problemMessage } from '../app/problems.ts';
import { markPendingLocale, rememberLocale } from './index.ts';
import type { Locale } from './languages.ts';

/** Switches the app's language now, and saves it to the account when someone is signed in. */
export function useChangeLanguage() {
  const { i18n, t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (locale: Locale) => {
      await i18n.changeLanguage(locale);
      rememberLocale(locale);
      const me = queryClient.getQueryData<Me | null>(meKey);
      if (!me) markPendingLocale(locale);
      else if (me.user.locale !== locale) queryClient.setQueryData(meKey, await patch<Me>('/api/v1/me', { locale }));
    },
    onError: (err) => notifications.show({ color: 'red', title: t('language.saveFailed'), message: problemMessage(t, err) }),
  });
}
