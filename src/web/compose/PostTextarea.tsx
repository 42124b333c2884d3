import { Group, Textarea } from '@mantine/core';
import { useRef } from 'react';
import { HashtagMenu } from './HashtagMenu.tsx';

interface Props {
  workspaceId: string;
  label: string;
  value: string;
  onChange(text: string): void;
  error?: string | undefined;
  placeholder?: string;
  testId: string;
}

/** A post's text, with the workspace's hashtag groups to insert where the cursor is. */
export function PostTextarea({ workspaceId, label, value, onChange, error, placeholder, testId }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const insert = (hashtags: string) => {
    const el = ref.current;
    const at = el ? el.selectionEnd : value.length;
    const before = value.slice(0, at);
    const spaced = `${before && !/\s$/.test(before) ? ' ' : ''}${hashtags}`;
    onChange(before + spaced + value.slice(at));
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(at + spaced.length, at + spaced.length);
    });
  };
  return (
    <div>
      <Textarea
        ref={ref}
        label={label}
        placeholder={placeholder}
        autosize
        minRows={5}
        maxRows={16}
        value={value}
        error={error}
        onChange={(e) => onChange(e.currentTarget.value)}
        data-testid={testId}
      />
      <Group justify="flex-end" mt={4}>
        <HashtagMenu workspaceId={workspaceId} onInsert={insert} />
      </Group>
    </div>
  );
}
