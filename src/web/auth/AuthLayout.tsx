import { Box, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitcher } from '../app/LanguageSwitcher.tsx';
import { Logo } from '../app/Logo.tsx';
import { usePageTitle } from '../app/usePageTitle.ts';

interface Props {
  title: string;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
}

/** The frame of the signed-out pages: logo, language, one card. */
export function AuthLayout({ title, subtitle, children, footer }: Props) {
  usePageTitle(title);
  return (
    <Box mih="100vh" bg="var(--mantine-color-gray-0)">
      <Group component="header" justify="space-between" px="lg" py="md">
        <Logo />
        <LanguageSwitcher />
      </Group>
      <Center component="main" id="main" px="md" pb={64} pt="md">
        <Stack w="100%" maw={440} gap="lg">
          <Stack gap={6} ta="center">
            <Title order={1} size="h2">
              {title}
            </Title>
            {subtitle && (
              <Text c="dimmed" size="sm">
                {subtitle}
              </Text>
            )}
          </Stack>
          <Paper withBorder shadow="sm" p="xl" radius="lg">
            {children}
          </Paper>
          {footer && (
            <Text ta="center" size="sm" c="dimmed">
              {footer}
            </Text>
          )}
        </Stack>
      </Center>
    </Box>
  );
}
