import { Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { may } from '../app/areas.ts';
import { ConfirmDialog } from '../app/ConfirmDialog.tsx';
import { PageHeader } from '../app/PageHeader.tsx';
import { problemMessage } from '../app/problems.ts';
import { useWorkspace } from '../app/WorkspaceScope.tsx';
import { AltTextModal } from './AltTextModal.tsx';
import { MediaBrowser } from './MediaBrowser.tsx';
import { useDeleteMedia } from './queries.ts';
import type { Media } from './types.ts';
import { UploadZone } from './UploadZone.tsx';
import { useUploads } from './useUploads.ts';

/** The workspace's images and videos: upload, describe, find and remove them. */
export function MediaLibraryPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const canWrite = may(workspace, 'posts.draft');
  const { uploads, start, dismiss } = useUploads(workspace.id);
  const [editing, setEditing] = useState<Media | null>(null);
  const [deleting, setDeleting] = useState<Media | null>(null);
  const remove = useDeleteMedia(workspace.id);

  function confirmDelete() {
    if (!deleting) return;
    const file = deleting;
    remove.mutate(file.id, {
      onSuccess: () => notifications.show({ color: 'canopy', message: t('media.deleted', { filename: file.filename }) }),
      // The server says why, e.g. that a post still uses the file.
      onError: (err) => notifications.show({ color: 'red', title: t('media.deleteFailed', { filename: file.filename }), message: problemMessage(t, err) }),
      onSettled: () => setDeleting(null),
    });
  }

  return (
    <>
      <PageHeader title={t('nav.media')} description={t('areas.media')} />
      <Stack gap="lg">
        {canWrite && <UploadZone uploads={uploads} onFiles={(files) => void start(files)} onDismiss={dismiss} />}
        <MediaBrowser workspaceId={workspace.id} {...(canWrite ? { onEditAlt: setEditing, onDelete: setDeleting } : {})} />
      </Stack>
      <AltTextModal workspaceId={workspace.id} file={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('media.deleteTitle', { filename: deleting?.filename ?? '' })}
        message={t('media.deleteMessage')}
        confirmLabel={t('media.delete')}
        loading={remove.isPending}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
