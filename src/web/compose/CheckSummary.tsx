import { Alert, Badge, Group, List, Loader, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Network } from '../api/types.ts';
import { useFormat } from '../i18n/format.ts';
import { NetworkMark } from '../networks/NetworkMark.tsx';
import { networkOf } from '../networks/queries.ts';
import { policyCodes, problemText } from './problem-text.ts';
import type { CheckResult } from './queries.ts';

interface Props {
  results: CheckResult[];
  networks: Network[] | undefined;
  checking: boolean;
  failed: boolean;
}

/** Each chosen network's count against its limit, red when over, and every problem found, in words. */
export function CheckSummary({ results, networks, checking, failed }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  // A policy problem is the same for every network: said once.
  const seen = new Set<string>();
  const problems = results
    .flatMap((r) => r.target.problems.map((p) => ({ ...r, problem: p, policy: policyCodes.has(p.code) })))
    .filter(({ problem, policy }) => {
      if (!policy) return true;
      const key = JSON.stringify([problem.code, problem.params]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  return (
    <Stack gap="xs" aria-live="polite" data-testid="compose-check">
      <Group gap="xs" wrap="wrap">
        {results.map(({ network, part, target }) => {
          if (target.length === null || target.limit === null) return null;
          const n = networkOf(networks, network);
          const over = target.length > target.limit;
          const values = { network: n.name, length: format.number(target.length), limit: format.number(target.limit) };
          return (
            <Badge
              key={`${network}-${part}`}
              size="lg"
              radius="sm"
              variant={over ? 'filled' : 'light'}
              color={over ? 'red' : 'gray'}
              leftSection={<NetworkMark network={n} size={16} />}
              tt="none"
              fw={500}
              aria-label={t('compose.check.counterLabel', values)}
              data-counter={network}
              data-part={part}
              data-over={over}
            >
              {part > 0 && `${t('compose.check.part', { number: format.number(part + 1) })} · `}
              {t('compose.check.counter', values)}
            </Badge>
          );
        })}
        {checking && (
          <Group gap={6} role="status">
            <Loader size={14} />
            <Text size="xs" c="dimmed">
              {t('compose.check.checking')}
            </Text>
          </Group>
        )}
      </Group>
      {failed && (
        <Text size="sm" c="red">
          {t('compose.check.failed')}
        </Text>
      )}
      {problems.length > 0 ? (
        <Alert color="orange" variant="light" icon={<IconAlertTriangle aria-hidden />} p="sm">
          <List size="sm" spacing={4} data-testid="compose-problems">
            {problems.map(({ network, part, problem, policy }, i) => {
              const name = networkOf(networks, network).name;
              // A network's problem names the network already; a policy's and a thread part's say whose they are.
              const whose = policy ? t('compose.check.policy') : part > 0 ? `${name} · ${t('compose.check.part', { number: format.number(part + 1) })}` : null;
              return (
                <List.Item key={i} data-problem={problem.code} data-network={network}>
                  {whose && (
                    <Text span size="sm" fw={600}>
                      {`${whose}: `}
                    </Text>
                  )}
                  {problemText(t, format, name, problem)}
                </List.Item>
              );
            })}
          </List>
        </Alert>
      ) : (
        results.length > 0 &&
        !checking && (
          <Group gap={6}>
            <IconCircleCheck size={16} color="var(--mantine-color-canopy-6)" aria-hidden />
            <Text size="sm" c="dimmed">
              {t('compose.check.allGood')}
            </Text>
          </Group>
        )
      )}
    </Stack>
  );
}
