import { Alert, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { PageHeader } from '../app/PageHeader.tsx';
import { QueryState } from '../app/QueryState.tsx';
import { useWorkspace } from '../app/WorkspaceScope.tsx';
import { DecisionHistory } from '../approvals/DecisionHistory.tsx';
import { useNetworks } from '../networks/queries.ts';
import { PostComments } from '../posts/PostComments.tsx';
import { usePost } from '../posts/queries.ts';
import type { Post } from '../posts/types.ts';
import { useProfiles } from '../settings/profiles/queries.ts';
import { ComposeForm } from './ComposeForm.tsx';
import { draftFromPost, newDraft } from './draft.ts';

/** Posts that have gone out, or are going out, are no longer edited here. */
const settled: ReadonlySet<Post['status']> = new Set(['publishing', 'published', 'partially_published', 'failed']);

/** The Compose page: a new post (optionally at the calendar's `?at=`), or the post named in the URL to edit. */
export function ComposePage() {
  const { t } = useTranslation();
  const workspace = useWorkspace();
  const { postId } = useParams();
  const [params] = useSearchParams();
  const profiles = useProfiles(workspace.id);
  const networks = useNetworks();
  const post = usePost(workspace.id, postId);
  const at = params.get('at');
  const atDate = at && !Number.isNaN(Date.parse(at)) ? new Date(at) : null;

  return (
    <>
      <PageHeader title={t(postId ? 'compose.titleEdit' : 'compose.titleNew')} description={t('compose.description')} />
      <QueryState query={profiles}>
        {(profileList) => (
          <QueryState query={networks}>
            {(networkList) =>
              postId ? (
                <QueryState query={post}>
                  {(p) =>
                    settled.has(p.status) ? (
                      <Alert color="gray" icon={<IconLock aria-hidden />}>
                        {t('compose.edit.notEditable')}
                      </Alert>
                    ) : (
                      <Stack gap="xl">
                        <ComposeForm key={p.id} postId={p.id} initial={draftFromPost(p, workspace.timezone, new Date())} profiles={profileList} networks={networkList} />
                        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
                          <PostComments workspaceId={workspace.id} postId={p.id} />
                          <Stack gap="sm">
                            <Text component="h2" fw={600} size="sm" m={0}>
                              {t('compose.edit.history')}
                            </Text>
                            <DecisionHistory workspaceId={workspace.id} postId={p.id} />
                          </Stack>
                        </SimpleGrid>
                      </Stack>
                    )
                  }
                </QueryState>
              ) : (
                <ComposeForm initial={newDraft(workspace.timezone, atDate, new Date())} profiles={profileList} networks={networkList} />
              )
            }
          </QueryState>
        )}
      </QueryState>
    </>
  );
}
