import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../app/PageHeader.tsx';
import { SavedRepliesSection } from './SavedRepliesSection.tsx';
import { TeamsSection } from './TeamsSection.tsx';

/** How the team works the inbox: who is in which team, and the replies it sends often. */
export function InboxSettingsPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('nav.inboxSettings')} description={t('inboxSettings.description')} />
      <Stack gap="xl">
        <TeamsSection />
        <SavedRepliesSection />
      </Stack>
    </>
  );
}
