import { Code, ColorInput, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { decorateLink, fillUtm } from '../../../core/links/decorate-links.ts';
import { patch, post } from '../../api/client.ts';
import { fieldProblems } from '../../app/problems.ts';
import { FormActions } from '../planning-form-parts.tsx';
import { campaignsKey, type Campaign, type UtmTemplate } from '../../planning/queries.ts';

const utmFields = ['source', 'medium', 'campaign', 'term', 'content'] as const;
const fields = ['name', 'color', ...utmFields.map((f) => `utm.${f}`)] as const;
/** Examples of what each field may hold; values, not words to translate. */
const placeholders = { source: '{network}', medium: 'social', campaign: '{campaign}', term: 'coffee', content: '{profile}' } as const;
const swatches = ['#0ca678', '#1c7ed6', '#7048e8', '#e64980', '#f76707', '#fab005', '#495057'];

interface Props {
  workspaceId: string;
  /** The campaign to edit; null to create one. */
  campaign: Campaign | null;
  opened: boolean;
  onClose(): void;
}

/** Create or edit a campaign: its name, colour on the calendar, and the UTM values its links carry. */
export function CampaignForm({ workspaceId, campaign, opened, onClose }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      name: campaign?.name ?? '',
      color: campaign?.color.startsWith('#') ? campaign.color : swatches[0]!,
      utm: Object.fromEntries(utmFields.map((f) => [f, campaign?.utm[f] ?? ''])) as Record<(typeof utmFields)[number], string>,
    },
    validate: { name: (v) => (v.trim() ? null : t('planning.campaigns.nameRequired')) },
  });
  const save = useMutation({
    mutationFn: (v: typeof form.values) => {
      const utm: UtmTemplate = Object.fromEntries(utmFields.map((f) => [f, v.utm[f].trim()]).filter(([, value]) => value));
      const body = { name: v.name.trim(), color: v.color, utm };
      return campaign ? patch<Campaign>(`/api/v1/workspaces/${workspaceId}/campaigns/${campaign.id}`, body) : post<Campaign>(`/api/v1/workspaces/${workspaceId}/campaigns`, body);
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: campaignsKey(workspaceId) });
      onClose();
    },
    onError: (err) => form.setErrors(fieldProblems(err, fields)),
  });
  const example = decorateLink(
    'https://example.com/spring',
    fillUtm(form.values.utm, { network: 'bluesky', profile: 'brand.bsky.social', campaign: form.values.name.trim() || t('planning.campaigns.exampleName') }),
  );
  return (
    <Modal opened={opened} onClose={onClose} title={campaign ? t('planning.campaigns.editTitle') : t('planning.campaigns.createTitle')} size="lg" centered>
      <form onSubmit={form.onSubmit((v) => save.mutate(v))} noValidate>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('planning.campaigns.name')} required data-autofocus {...form.getInputProps('name')} />
            <ColorInput label={t('planning.campaigns.color')} swatches={swatches} format="hex" {...form.getInputProps('color')} />
          </SimpleGrid>
          <div>
            <Text fw={600} size="sm">
              {t('planning.campaigns.utmTitle')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('planning.campaigns.utmHelp', { network: '{network}', profile: '{profile}', campaign: '{campaign}' })}
            </Text>
          </div>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {utmFields.map((f) => (
              <TextInput key={f} label={`utm_${f}`} placeholder={placeholders[f]} {...form.getInputProps(`utm.${f}`)} />
            ))}
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t('planning.campaigns.example', { network: 'Bluesky' })}
            </Text>
            <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }} data-testid="utm-example">
              {example}
            </Code>
          </Stack>
          <FormActions error={save.error} fields={fields} saving={save.isPending} onCancel={onClose} submitLabel={campaign ? undefined : t('planning.campaigns.create')} />
        </Stack>
      </form>
    </Modal>
  );
}
