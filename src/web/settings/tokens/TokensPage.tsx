import { Paper, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../../api/client.ts';
import type { ApiToken, Items, NewApiToken } from '../../api/types.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { QueryState } from '../../app/QueryState.tsx';
import { CreateTokenForm } from './CreateTokenForm.tsx';
import { NewTokenNotice } from './NewTokenNotice.tsx';
import { TokensTable } from './TokensTable.tsx';

export const tokensKey = ['tokens'] as const;

export function TokensPage() {
  const { t } = useTranslation();
  const [created, setCreated] = useState<NewApiToken | null>(null);
  const tokens = useQuery({ queryKey: tokensKey, queryFn: async () => (await get<Items<ApiToken>>('/api/v1/tokens')).items });
  return (
    <>
      <PageHeader title={t('nav.tokens')} description={t('tokens.description')} />
      <Stack gap="xl">
        <Paper withBorder p="lg" radius="lg">
          <Title order={2} size="h4" mb="md">
            {t('tokens.createTitle')}
          </Title>
          <Stack gap="md">
            <CreateTokenForm onCreated={setCreated} />
            {created && <NewTokenNotice token={created} onDismiss={() => setCreated(null)} />}
          </Stack>
        </Paper>
        <section aria-labelledby="tokens-heading">
          <Title order={2} size="h4" mb="sm" id="tokens-heading">
            {t('tokens.listTitle')}
          </Title>
          <QueryState query={tokens}>{(items) => <TokensTable tokens={items} />}</QueryState>
        </section>
      </Stack>
    </>
  );
}
