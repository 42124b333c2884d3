import { Select, Stack, Switch, TagsInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ComposeDraft } from './draft.ts';
import { useCampaignList } from '../planning/queries.ts';

interface Props {
  workspaceId: string;
  draft: ComposeDraft;
  onChange(patch: Partial<ComposeDraft>): void;
  errors: Partial<Record<'campaignId' | 'tags', string>>;
}

/** What the post belongs to: its campaign and tags, and whether it is a paid partnership. */
export function DetailsFields({ workspaceId, draft, onChange, errors }: Props) {
  const { t } = useTranslation();
  const campaigns = useCampaignList(workspaceId);
  return (
    <Stack gap="sm">
      <Select
        label={t('compose.details.campaign')}
        placeholder={t('compose.details.noCampaign')}
        data={(campaigns.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
        value={draft.campaignId}
        onChange={(campaignId) => onChange({ campaignId })}
        clearable
        searchable
        disabled={campaigns.isPending}
        error={errors.campaignId}
      />
      <TagsInput
        label={t('compose.details.tags')}
        placeholder={t('compose.details.tagsPlaceholder')}
        value={draft.tags}
        onChange={(tags) => onChange({ tags })}
        maxTags={20}
        error={errors.tags}
      />
      <Switch
        label={t('compose.details.paid')}
        description={t('compose.details.paidHint')}
        checked={draft.paid}
        onChange={(e) => onChange({ paid: e.currentTarget.checked })}
      />
    </Stack>
  );
}
