import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconPlant2 } from '@tabler/icons-react';

export function Logo({ size = 'md' }: { size?: 'md' | 'lg' }) {
  const big = size === 'lg';
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={big ? 40 : 32} radius="md" variant="filled" aria-hidden>
        <IconPlant2 size={big ? 24 : 20} />
      </ThemeIcon>
      <Text fw={700} size={big ? 'xl' : 'lg'} c="var(--mantine-color-text)" style={{ letterSpacing: -0.2 }}>
        Canopy
      </Text>
    </Group>
  );
}
