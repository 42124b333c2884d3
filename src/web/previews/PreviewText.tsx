import { Text } from '@mantine/core';
import { textRuns } from './rich-text.ts';

interface Props {
  text: string;
  accent: string;
  placeholder: string;
}

/** The post's text as the network shows it: line breaks kept, links, mentions and hashtags in its accent colour. */
export function PreviewText({ text, accent, placeholder }: Props) {
  if (!text.trim()) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {placeholder}
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
      {textRuns(text).map((run, i) =>
        run.kind === 'text' ? (
          run.text
        ) : (
          <span key={i} data-run={run.kind} style={{ color: accent, fontWeight: run.kind === 'link' ? 400 : 500 }}>
            {run.text}
          </span>
        ),
      )}
    </Text>
  );
}
