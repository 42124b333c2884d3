import { Badge, List, Paper, ScrollArea, Table, Text, ThemeIcon } from '@mantine/core';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { rowErrorText } from './row-error-text.ts';
import type { ImportPreviewRow } from './types.ts';

/** Each row of the file as it would be imported, the ones that cannot be marked with their problems. */
export function ImportPreviewTable({ rows }: { rows: ImportPreviewRow[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="lg">
      <ScrollArea.Autosize mah={520} type="auto">
        <Table verticalSpacing="xs" horizontalSpacing="sm" stickyHeader striped={false} data-testid="import-preview">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={60}>{t('planning.imports.row')}</Table.Th>
              <Table.Th>{t('planning.imports.profiles')}</Table.Th>
              <Table.Th>{t('planning.imports.text')}</Table.Th>
              <Table.Th>{t('planning.imports.when')}</Table.Th>
              <Table.Th>{t('planning.imports.details')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => {
              const bad = r.errors.length > 0;
              return (
                <Table.Tr key={r.row} bg={bad ? 'var(--mantine-color-red-light)' : undefined} aria-invalid={bad || undefined}>
                  <Table.Td>
                    <ThemeIcon size="sm" radius="xl" variant="light" color={bad ? 'red' : 'canopy'} aria-label={bad ? t('planning.imports.rowInvalid') : t('planning.imports.rowValid')}>
                      {bad ? <IconAlertCircle size={14} /> : <IconCheck size={14} />}
                    </ThemeIcon>{' '}
                    {r.row}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.profiles.join(', ')}</Text>
                  </Table.Td>
                  <Table.Td maw={360}>
                    <Text size="sm" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
                      {r.text}
                    </Text>
                    {bad && (
                      <List size="xs" c="red.8" mt={4} spacing={2}>
                        {r.errors.map((e, i) => (
                          <List.Item key={i}>{rowErrorText(t, e)}</List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {r.date} {r.time}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {r.campaign && (
                      <Badge variant="light" color="grape" tt="none" mr={4}>
                        {r.campaign}
                      </Badge>
                    )}
                    {r.tags.map((tag) => (
                      <Badge key={tag} variant="light" color="gray" tt="none" mr={4}>
                        {tag}
                      </Badge>
                    ))}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
    </Paper>
  );
}
