import { Button, Group, Modal, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../app/FormError.tsx';
import { useUpdateAltText } from './queries.ts';
import type { Media } from './types.ts';

const MAX = 1500;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Writes a file's alt text, which networks that take one publish with it. */
export function AltTextModal({ workspaceId, file, onClose }: { workspaceId: string; file: Media | null; onClose(): void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const save = useUpdateAltText(workspaceId);
  useEffect(() => {
    setText(file?.altText ?? '');
    save.reset();
  }, [file?.id]);
  const length = [...graphemes.segment(text)].length;

  return (
    <Modal opened={file !== null} onClose={onClose} title={t('media.altTitle', { filename: file?.filename ?? '' })} centered>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (file) save.mutate({ id: file.id, altText: text }, { onSuccess: onClose });
        }}
      >
        <Text size="sm" c="dimmed" mb="sm">
          {t('media.altHelp')}
        </Text>
        <Textarea
          label={t('media.altLabel')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          autosize
          minRows={3}
          maxRows={10}
          maxLength={MAX}
          data-autofocus
          description={`${length} / ${MAX}`}
        />
        <FormError error={save.error} />
        <Group justify="flex-end" mt="lg">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
