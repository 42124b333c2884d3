import { Alert, Button, FileButton, Group, Paper, Progress, Stack, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../app/problems.ts';
import type { Upload } from './useUploads.ts';

/** What the file chooser offers; the server sniffs the bytes whatever the browser says. */
export const ACCEPT = 'image/jpeg,image/png,image/gif,image/webp,video/mp4,video/quicktime,video/webm';
const FORMATS = 'JPEG, PNG, GIF, WebP, MP4, MOV, WebM';

/** A place to drop files or choose them, and each file's progress as it uploads. */
export function UploadZone({ uploads, onFiles, onDismiss }: { uploads: Upload[]; onFiles(files: File[]): void; onDismiss(key: string): void }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length > 0) onFiles(files);
  };

  return (
    <Stack gap="xs">
      <Paper
        withBorder
        p="lg"
        radius="md"
        data-testid="upload-zone"
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          borderColor: over ? 'var(--mantine-color-canopy-6)' : undefined,
          background: over ? 'var(--mantine-color-canopy-0)' : undefined,
        }}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <Group justify="center" gap="md">
          <IconUpload size={28} stroke={1.5} color="var(--mantine-color-gray-6)" aria-hidden />
          <Stack gap={0}>
            <Text fw={500}>{t('media.dropHere')}</Text>
            <Text size="xs" c="dimmed">
              {t('media.accepted', { formats: FORMATS })}
            </Text>
          </Stack>
          <FileButton onChange={(files) => files.length > 0 && onFiles(files)} accept={ACCEPT} multiple>
            {(props) => (
              <Button {...props} variant="light" leftSection={<IconUpload size={16} aria-hidden />}>
                {t('media.choose')}
              </Button>
            )}
          </FileButton>
        </Group>
      </Paper>
      {uploads.map((u) =>
        u.state === 'failed' ? (
          <Alert
            key={u.key}
            color="red"
            title={t('media.uploadFailed', { name: u.name })}
            withCloseButton
            closeButtonLabel={t('media.dismiss')}
            onClose={() => onDismiss(u.key)}
            role="alert"
          >
            {problemMessage(t, u.error)}
          </Alert>
        ) : (
          <Group key={u.key} gap="sm" wrap="nowrap" role="status">
            <Text size="sm" style={{ flex: '0 1 40%' }} truncate>
              {u.sent < 1 ? t('media.uploading', { name: u.name }) : t('media.processing', { name: u.name })}
            </Text>
            <Progress value={Math.round(u.sent * 100)} animated={u.sent >= 1} style={{ flex: 1 }} aria-label={t('media.uploading', { name: u.name })} />
          </Group>
        ),
      )}
    </Stack>
  );
}
