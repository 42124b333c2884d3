import { Center, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconChecks } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { may } from '../app/areas.ts';
import { PageHeader } from '../app/PageHeader.tsx';
import { QueryState } from '../app/QueryState.tsx';
import { useWorkspace } from '../app/WorkspaceScope.tsx';
import { useMembers } from '../settings/members/queries.ts';
import { useProfiles } from '../settings/profiles/queries.ts';
import { ApprovalCard } from './ApprovalCard.tsx';
import { useApprovals } from './queries.ts';

/** Everything waiting for my decision, soonest first. */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const approvals = useApprovals(workspace.id);
  const profiles = useProfiles(workspace.id);
  const members = useMembers(workspace.id, may(workspace, 'members.read'));
  return (
    <>
      <PageHeader title={t('nav.approvals')} description={t('areas.approvals')} />
      <QueryState query={approvals}>
        {(posts) =>
          posts.length === 0 ? (
            <Center py="xl">
              <Stack align="center" gap="sm">
                <ThemeIcon size={48} radius="xl" variant="light" color="teal">
                  <IconChecks size={26} aria-hidden />
                </ThemeIcon>
                <Text c="dimmed">{t('approvals.page.empty')}</Text>
              </Stack>
            </Center>
          ) : (
            <Stack gap="md" maw={820}>
              {posts.map((post) => (
                <ApprovalCard key={post.id} workspaceId={workspace.id} post={post} profiles={profiles.data} members={members.data} />
              ))}
            </Stack>
          )
        }
      </QueryState>
    </>
  );
}
