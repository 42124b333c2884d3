import { useState } from 'react';
import { upload } from '../api/client.ts';
import { mediaPath, useRememberMedia } from './queries.ts';
import type { Media } from './types.ts';

export interface Upload {
  key: string;
  name: string;
  /** 0 to 1 while it is sent; the server then reads the file before it answers. */
  sent: number;
  state: 'sending' | 'failed';
  error?: unknown;
}

/**
 * Uploads files one after another, each with its own progress; a finished one leaves the list,
 * a failed one stays with its reason until dismissed. `onUploaded` hears of each new file.
 */
export function useUploads(workspaceId: string, onUploaded?: (file: Media) => void) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const remember = useRememberMedia(workspaceId);
  const change = (key: string, patch: Partial<Upload>) => setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...patch } : u)));

  const start = async (files: File[]) => {
    const queued = files.map((file) => ({ file, key: `${file.name}-${file.size}-${Math.random().toString(36).slice(2)}` }));
    setUploads((all) => [...all, ...queued.map(({ file, key }) => ({ key, name: file.name, sent: 0, state: 'sending' as const }))]);
    for (const { file, key } of queued) {
      try {
        const media = await upload<Media>(`${mediaPath(workspaceId)}?filename=${encodeURIComponent(file.name)}`, file, (sent) => change(key, { sent }));
        remember(media);
        onUploaded?.(media);
        setUploads((all) => all.filter((u) => u.key !== key));
      } catch (error) {
        change(key, { state: 'failed', error });
      }
    }
  };

  const dismiss = (key: string) => setUploads((all) => all.filter((u) => u.key !== key));
  return { uploads, start, dismiss };
}
