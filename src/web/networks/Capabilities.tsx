import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Network } from '../api/types.ts';

/** What Canopy can do with a network, as small tags: publishing, each inbox, analytics, listening. */
export function Capabilities({ capabilities }: { capabilities: Network['capabilities'] }) {
  const { t } = useTranslation();
  const tags = [
    capabilities.publish && t('networks.capabilities.publish'),
    ...capabilities.inbox.map((kind) => t(`networks.capabilities.inbox.${kind}`)),
    capabilities.metrics && t('networks.capabilities.metrics'),
    capabilities.search && t('networks.capabilities.search'),
  ].filter((tag): tag is string => typeof tag === 'string');
  if (tags.length === 0) return null;
  return (
    <Group gap={4} wrap="wrap" aria-label={t('networks.capabilities.label')} role="list">
      {tags.map((tag) => (
        <Badge key={tag} size="xs" variant="default" fw={500} tt="none" role="listitem">
          {tag}
        </Badge>
      ))}
    </Group>
  );
}
