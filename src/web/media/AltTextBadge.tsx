import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Media } from './types.ts';

/** Whether the file has alt text; the text itself on hover. */
export function AltTextBadge({ file }: { file: Media }) {
  const { t } = useTranslation();
  if (!file.altText) {
    return (
      <Badge size="xs" variant="light" color="orange">
        {t('media.noAlt')}
      </Badge>
    );
  }
  return (
    <Tooltip label={file.altText} multiline maw={320} withArrow>
      <Badge size="xs" variant="light" color="canopy" tabIndex={0}>
        {t('media.altBadge')}
      </Badge>
    </Tooltip>
  );
}
