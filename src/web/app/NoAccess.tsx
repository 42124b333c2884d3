import { Button, EmptyState } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from './usePageTitle.ts';

/** What a page shows when the person's role does not reach it, however they got there. */
export function NoAccess() {
  const { t } = useTranslation();
  usePageTitle(t('noAccess.title'));
  return (
    <EmptyState mt={48} size="lg" variant="light" color="orange" data-testid="no-access">
      <EmptyState.Indicator>
        <IconLock size={32} aria-hidden />
      </EmptyState.Indicator>
      <EmptyState.Title order={1}>{t('noAccess.title')}</EmptyState.Title>
      <EmptyState.Description>{t('noAccess.description')}</EmptyState.Description>
      <EmptyState.Actions>
        <Button component={Link} to="/" variant="light">
          {t('noAccess.home')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
