import { Alert, Box, Button, Grid, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import type { Network, Profile } from '../api/types.ts';
import { may } from '../app/areas.ts';
import { FormError } from '../app/FormError.tsx';
import { fieldProblems } from '../app/problems.ts';
import { useWorkspace } from '../app/WorkspaceScope.tsx';
import { useApprovalSettings, useWorkflows } from '../approvals/queries.ts';
import { zonedDateTime } from '../calendar/zoned-time.ts';
import { MediaPicker } from '../media/MediaPicker.tsx';
import { useMedia } from '../media/queries.ts';
import { composeMediaOf } from '../media/types.ts';
import { NetworkMark } from '../networks/NetworkMark.tsx';
import { networkOf } from '../networks/queries.ts';
import { PreviewPanel } from '../previews/PreviewPanel.tsx';
import { blockReason } from './block-reason.ts';
import { CheckSummary } from './CheckSummary.tsx';
import { DetailsFields } from './DetailsFields.tsx';
import { effectiveVariant, emptyVariant, postBody, validateBody, type ComposeDraft, type VariantDraft } from './draft.ts';
import { PostTextarea } from './PostTextarea.tsx';
import { ProfilePicker } from './ProfilePicker.tsx';
import { useComposeCheck, usePolicyEnforcement } from './queries.ts';
import { useSavePost } from './useSavePost.ts';
import { VariantFields } from './VariantFields.tsx';
import { WhenFields } from './WhenFields.tsx';

interface Props {
  initial: ComposeDraft;
  postId?: string | undefined;
  profiles: Profile[];
  networks: Network[];
}

const formFields = ['profileIds', 'text', 'schedule.date', 'schedule.time', 'campaignId', 'tags'] as const;

/** The problems the API named on one network's variant, by the variant's field: "variants.x.link" → link. */
function variantProblems(err: unknown, network: string): Partial<Record<string, string>> {
  if (!(err instanceof ApiError)) return {};
  const prefix = `body.variants.${network}.`;
  return Object.fromEntries(err.problems.filter((p) => p.field.startsWith(prefix)).map((p) => [p.field.slice(prefix.length).split('.')[0], p.message]));
}

/** Writing, checking, previewing and sending a post: the editor on the left, how it will look on the right. */
export function ComposeForm({ initial, postId, profiles, networks }: Props) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const workspace = useWorkspace();
  const [draft, setDraft] = useState(initial);
  const update = (patch: Partial<ComposeDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const setVariant = (network: string, variant: VariantDraft) => setDraft((d) => ({ ...d, variants: { ...d.variants, [network]: variant } }));

  const chosen = profiles.filter((p) => draft.profileIds.includes(p.id));
  const chosenNetworks = [...new Set(chosen.map((p) => p.network))].map((id) => networks.find((n) => n.id === id) ?? null).filter((n): n is Network => n !== null);
  const networkIds = chosenNetworks.map((n) => n.id);

  const allMediaIds = [...new Set([...draft.mediaIds, ...networkIds.flatMap((n) => effectiveVariant(draft, n).mediaIds)])];
  const media = new Map(useMedia(workspace.id, allMediaIds).files.map((m) => [m.id, m]));
  const check = useComposeCheck(workspace.id, validateBody(draft, networkIds, (id) => {
    const m = media.get(id);
    return m && composeMediaOf(m);
  }));
  const results = (check.data ?? []).filter((r) => networkIds.includes(r.network));
  const enforce = usePolicyEnforcement(workspace.id).data ?? 'warn';
  const blocked = blockReason(results, enforce);

  const approvalRoles = useApprovalSettings(workspace.id).data?.approvalRoles ?? [];
  const needsApproval = !may(workspace, 'posts.publish_unapproved') || approvalRoles.includes(workspace.role);
  const workflows = useWorkflows(workspace.id);
  const submitting = needsApproval && draft.when !== 'draft';

  const save = useSavePost(workspace.id, postId);
  const errors = fieldProblems(save.error, formFields);
  const [tab, setTab] = useState<string | null>('shared');
  const activeTab = tab === 'shared' || networkIds.includes(tab ?? '') ? tab : 'shared';

  const action = submitting ? 'submit' : postId && draft.when === 'schedule' ? 'save' : draft.when;
  const canSend = draft.profileIds.length > 0 && draft.text.trim().length > 0 && (draft.when === 'draft' || blocked === null);

  const send = () =>
    save.mutate(
      { body: postBody(draft, networkIds, { asDraft: submitting, edit: postId !== undefined }), submit: submitting ? { workflowId: draft.workflowId } : null },
      {
        onSuccess: (saved) => {
          const done = ({ submit: 'submitted', save: 'saved', schedule: 'scheduled', queue: 'queued', draft: 'draft' } as const)[action];
          const time = saved.schedule ? zonedDateTime(saved.schedule.at, saved.schedule.zone, i18n.language) : '';
          notifications.show({ color: 'canopy', message: t(`compose.done.${done}`, { time }) });
          const date = saved.schedule?.date ?? (draft.when === 'schedule' ? draft.date : null);
          void navigate(`/w/${workspace.id}/calendar${date ? `?date=${date}` : ''}`);
        },
      },
    );

  const preview = chosenNetworks.map((network) => {
    const v = effectiveVariant(draft, network.id);
    const author = chosen.find((p) => p.network === network.id)!;
    return {
      network: networkOf(networks, network.id),
      linkPreview: network.compose.linkPreview,
      author: { displayName: author.displayName || author.handle, handle: author.handle },
      text: v.text,
      threadParts: network.compose.threads ? v.threadParts : [],
      firstComment: network.compose.firstComment ? v.firstComment : '',
      link: network.compose.linkField ? v.link : '',
      media: v.mediaIds.flatMap((id) => media.get(id) ?? []),
    };
  });

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, lg: 7 }}>
        <Stack gap="md">
          <Paper withBorder radius="lg" p="md">
            <ProfilePicker workspaceId={workspace.id} profiles={profiles} networks={networks} value={draft.profileIds} onChange={(profileIds) => update({ profileIds })} error={errors.profileIds} />
          </Paper>
          <Paper withBorder radius="lg" p="md">
            <Tabs value={activeTab} onChange={setTab} keepMounted={false}>
              <Tabs.List mb="md">
                <Tabs.Tab value="shared">{t('compose.editor.shared')}</Tabs.Tab>
                {chosenNetworks.map((n) => (
                  <Tabs.Tab key={n.id} value={n.id} leftSection={<NetworkMark network={n} size={18} />}>
                    {t('compose.editor.customize', { network: n.name })}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="shared">
                <Stack gap="md">
                  <PostTextarea
                    workspaceId={workspace.id}
                    label={t('compose.editor.text')}
                    placeholder={t('compose.editor.textPlaceholder')}
                    value={draft.text}
                    onChange={(text) => update({ text })}
                    error={errors.text}
                    testId="compose-text"
                  />
                  <Box>
                    <Text size="sm" fw={500} mb={4}>
                      {t('compose.editor.media')}
                    </Text>
                    <MediaPicker workspaceId={workspace.id} value={draft.mediaIds} onChange={(mediaIds) => update({ mediaIds })} />
                  </Box>
                </Stack>
              </Tabs.Panel>
              {chosenNetworks.map((n) => (
                <Tabs.Panel key={n.id} value={n.id}>
                  <VariantFields
                    workspaceId={workspace.id}
                    network={n}
                    sharedText={draft.text}
                    sharedMediaIds={draft.mediaIds}
                    value={draft.variants[n.id] ?? emptyVariant}
                    onChange={(v) => setVariant(n.id, v)}
                    errors={variantProblems(save.error, n.id)}
                  />
                </Tabs.Panel>
              ))}
            </Tabs>
            {networkIds.length > 0 ? (
              <Box mt="md">
                <CheckSummary results={results} networks={networks} checking={check.checking} failed={check.isError} />
              </Box>
            ) : (
              <Text size="sm" c="dimmed" mt="md">
                {t('compose.editor.pickProfiles')}
              </Text>
            )}
          </Paper>
          <Paper withBorder radius="lg" p="md">
            <Title order={2} size="h5" mb="sm">
              {t('compose.details.title')}
            </Title>
            <DetailsFields workspaceId={workspace.id} draft={draft} onChange={update} errors={{ campaignId: errors.campaignId, tags: errors.tags }} />
          </Paper>
          <Paper withBorder radius="lg" p="md">
            <Title order={2} size="h5" mb="sm">
              {t('compose.when.title')}
            </Title>
            <WhenFields
              draft={draft}
              zone={workspace.timezone}
              onChange={update}
              workflows={needsApproval ? (workflows.data ?? []) : undefined}
              errors={{ date: errors['schedule.date'], time: errors['schedule.time'] }}
            />
          </Paper>
          <FormError error={save.error} fields={formFields} />
          {blocked && draft.when !== 'draft' && (
            <Alert color="red" variant="light" icon={<IconLock aria-hidden />} data-testid="compose-blocked">
              {t(blocked === 'policy' ? 'compose.check.blockedPolicy' : 'compose.check.blocked')}
            </Alert>
          )}
          <Box>
            <Button size="md" onClick={send} loading={save.isPending} disabled={!canSend} data-testid="compose-send">
              {t(`compose.actions.${action}`)}
            </Button>
          </Box>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, lg: 5 }}>
        <Box style={{ position: 'sticky', top: 16 }}>
          <PreviewPanel posts={preview} />
        </Box>
      </Grid.Col>
    </Grid>
  );
}
