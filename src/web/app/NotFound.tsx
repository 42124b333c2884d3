import { Button, EmptyState } from '@mantine/core';
import { IconMapQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { usePageTitle } from './usePageTitle.ts';

export function NotFound() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <EmptyState mt={48} size="lg" variant="light" color="gray">
      <EmptyState.Indicator>
        <IconMapQuestion size={32} aria-hidden />
      </EmptyState.Indicator>
      <EmptyState.Title order={1}>{t('notFound.title')}</EmptyState.Title>
      <EmptyState.Description>{t('notFound.description')}</EmptyState.Description>
      <EmptyState.Actions>
        <Button component={Link} to="/" variant="light">
          {t('noAccess.home')}
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
