import { Button, Group, Paper, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconArrowBackUp, IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../api/types.ts';
import { MediaPicker } from '../media/MediaPicker.tsx';
import { emptyVariant, type VariantDraft } from './draft.ts';
import { PostTextarea } from './PostTextarea.tsx';
import { ThreadPartsEditor } from './ThreadPartsEditor.tsx';

interface Props {
  workspaceId: string;
  network: Network;
  sharedText: string;
  sharedMediaIds: string[];
  value: VariantDraft | undefined;
  onChange(variant: VariantDraft): void;
  /** Field problems from the API, keyed by the variant's field ("text", "link", …). */
  errors: Partial<Record<string, string>>;
}

/** What one network gets of its own: text, thread, first comment, link and media, each only where the network has it. */
export function VariantFields({ workspaceId, network, sharedText, sharedMediaIds, value = emptyVariant, onChange, errors }: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<VariantDraft>) => onChange({ ...value, ...patch });
  const name = network.name;
  return (
    <Stack gap="md">
      {value.text === null ? (
        <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-gray-0)">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Text size="sm" c="dimmed">
              {t('compose.editor.followsShared')}
            </Text>
            <Button size="xs" variant="light" leftSection={<IconPencil size={14} aria-hidden />} onClick={() => set({ text: sharedText })}>
              {t('compose.editor.writeOwn')}
            </Button>
          </Group>
        </Paper>
      ) : (
        <div>
          <PostTextarea
            workspaceId={workspaceId}
            label={t('compose.editor.variantText', { network: name })}
            value={value.text}
            onChange={(text) => set({ text })}
            error={errors.text}
            testId={`variant-text-${network.id}`}
          />
          <Button size="xs" variant="subtle" color="gray" leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={() => set({ text: null })}>
            {t('compose.editor.useShared')}
          </Button>
        </div>
      )}
      {network.compose.threads && <ThreadPartsEditor network={network.id} value={value.threadParts} onChange={(threadParts) => set({ threadParts })} />}
      {network.compose.firstComment && (
        <TextInput
          label={t('compose.editor.firstComment')}
          description={t('compose.editor.firstCommentHint')}
          value={value.firstComment}
          onChange={(e) => set({ firstComment: e.currentTarget.value })}
          error={errors.firstComment}
        />
      )}
      {network.compose.linkField && (
        <TextInput
          type="url"
          label={t('compose.editor.link')}
          description={t('compose.editor.linkHint')}
          placeholder="https://"
          value={value.link}
          onChange={(e) => set({ link: e.currentTarget.value })}
          error={errors.link}
        />
      )}
      <Stack gap="xs">
        <Switch
          label={t('compose.editor.ownMedia', { network: name })}
          checked={value.mediaIds !== null}
          onChange={(e) => set({ mediaIds: e.currentTarget.checked ? sharedMediaIds : null })}
        />
        {value.mediaIds !== null && <MediaPicker workspaceId={workspaceId} value={value.mediaIds} onChange={(mediaIds) => set({ mediaIds })} />}
      </Stack>
    </Stack>
  );
}
