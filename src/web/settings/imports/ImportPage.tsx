import { Alert, Button, Code, FileButton, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { IconFileUpload, IconInfoCircle } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { post } from '../../api/client.ts';
import { FormError } from '../../app/FormError.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { useWorkspace } from '../../app/WorkspaceScope.tsx';
import { useFormat } from '../../i18n/format.ts';
import { ImportPreviewTable } from './ImportPreviewTable.tsx';
import { ImportProgressPanel } from './ImportProgressPanel.tsx';
import type { ImportPreview } from './types.ts';

const MAX_BYTES = 2 * 1024 * 1024;
const sample = 'profiles,text,date,time,tags,campaign,link\nbrand.bsky.social|@brand@mastodon.social,"Hello, world",2030-05-01,09:30,launch,Spring,https://example.com';

/** Bulk scheduling: paste or upload a CSV, check every row, confirm, and follow the import. */
export function ImportPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const workspace = useWorkspace();
  const [csv, setCsv] = useState('');
  const [fileError, setFileError] = useState<string | null>(null);
  const [importId, setImportId] = useState<string | null>(null);
  const base = `/api/v1/workspaces/${workspace.id}/imports`;
  const preview = useMutation({ mutationFn: (text: string) => post<ImportPreview>(`${base}/preview`, { csv: text }) });
  const start = useMutation({ mutationFn: (text: string) => post<{ id: string }>(base, { csv: text }), onSuccess: (r) => setImportId(r.id) });

  const choose = async (file: File | null) => {
    setFileError(null);
    if (!file) return;
    if (file.size > MAX_BYTES) return setFileError(t('planning.imports.tooLarge'));
    const text = await file.text();
    setCsv(text);
    preview.mutate(text);
  };
  const reset = () => {
    setCsv('');
    setImportId(null);
    preview.reset();
    start.reset();
  };

  return (
    <>
      <PageHeader title={t('nav.imports')} description={t('planning.imports.description')} />
      {importId ? (
        <ImportProgressPanel workspaceId={workspace.id} importId={importId} onAnother={reset} />
      ) : (
        <Stack gap="lg">
          <Paper withBorder p="lg" radius="lg">
            <Stack gap="md">
              <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />}>
                <Text size="sm">{t('planning.imports.columns', { example: 'bluesky:brand.bsky.social', dateFormat: 'YYYY-MM-DD', timeFormat: 'HH:mm' })}</Text>
                <Code block mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                  {sample}
                </Code>
              </Alert>
              <Textarea
                label={t('planning.imports.paste')}
                autosize
                minRows={5}
                maxRows={14}
                value={csv}
                onChange={(e) => {
                  setCsv(e.currentTarget.value);
                  preview.reset();
                }}
                styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
              />
              {fileError && (
                <Text c="red" size="sm" role="alert">
                  {fileError}
                </Text>
              )}
              <FormError error={preview.error} />
              <Group>
                <FileButton onChange={(f) => void choose(f)} accept=".csv,text/csv,text/plain">
                  {(props) => (
                    <Button variant="default" leftSection={<IconFileUpload size={16} aria-hidden />} {...props}>
                      {t('planning.imports.upload')}
                    </Button>
                  )}
                </FileButton>
                <Button onClick={() => preview.mutate(csv)} disabled={!csv.trim()} loading={preview.isPending}>
                  {t('planning.imports.check')}
                </Button>
              </Group>
            </Stack>
          </Paper>
          {preview.data && (
            <Stack gap="md">
              <Group justify="space-between">
                <Text fw={500} aria-live="polite">
                  {t('planning.imports.counts', { valid: format.number(preview.data.valid), invalid: format.number(preview.data.invalid) })}
                </Text>
                <Button onClick={() => start.mutate(csv)} loading={start.isPending} disabled={preview.data.valid === 0}>
                  {preview.data.asDrafts ? t('planning.imports.confirmDrafts', { shown: format.number(preview.data.valid) }) : t('planning.imports.confirm', { shown: format.number(preview.data.valid) })}
                </Button>
              </Group>
              {preview.data.asDrafts && (
                <Alert color="blue" variant="light">
                  {t('planning.imports.asDraftsNote')}
                </Alert>
              )}
              <FormError error={start.error} />
              <ImportPreviewTable rows={preview.data.rows} />
            </Stack>
          )}
        </Stack>
      )}
    </>
  );
}
