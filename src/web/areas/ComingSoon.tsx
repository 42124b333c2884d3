import { Badge, EmptyState } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { areas, type AreaKey } from '../app/areas.ts';
import { usePageTitle } from '../app/usePageTitle.ts';

/** An area that is planned but not built yet: says what it will do, and that it is coming. */
export function ComingSoon({ area }: { area: AreaKey }) {
  const { t } = useTranslation();
  const def = areas.find((a) => a.key === area)!;
  const Icon = def.icon;
  const title = t(`nav.${area}`);
  usePageTitle(title);
  return (
    <EmptyState mt={48} size="lg" variant="light">
      <EmptyState.Indicator>
        <Icon size={34} stroke={1.6} aria-hidden />
      </EmptyState.Indicator>
      <EmptyState.Title order={1}>{title}</EmptyState.Title>
      <EmptyState.Description maw={480}>{t(`areas.${area}`)}</EmptyState.Description>
      <EmptyState.Actions>
        <Badge variant="light" size="lg" radius="sm">
          {t('areas.comingSoon')}
        </Badge>
      </EmptyState.Actions>
    </EmptyState>
  );
}
