import { Group, Text, ThemeIcon } from '@mantine/core';
import { IconPlant2 } from '@tabler/icons-react';

/** The mark and the name; `compact` drops the name on phones, where the header is narrow. */
export function Logo({ size = 'md', compact = false }: { size?: 'md' | 'lg'; compact?: boolean }) {
  const big = size === 'lg';
  return (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={big ? 40 : 32} radius="md" variant="filled" aria-hidden>
        <IconPlant2 size={big ? 24 : 20} />
      </ThemeIcon>
      <Text fw={700} size={big ? 'xl' : 'lg'} c="var(--mantine-color-text)" style={{ letterSpacing: -0.2 }} visibleFrom={compact ? 'sm' : undefined}>
        Canopy
      </Text>
    </Group>
  );
}
