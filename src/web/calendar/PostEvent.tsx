import type { Network } from '../api/types.ts';
import { networkOf } from '../networks/queries.ts';
import { NetworkMark } from '../networks/NetworkMark.tsx';
import type { Post } from '../posts/types.ts';
import classes from './PostEvent.module.css';
import { statusLook } from './post-status.ts';

interface Props {
  post: Post;
  timeText: string;
  statusLabel: string;
  networks: Network[] | undefined;
  /** The list view has room for the status in words; the grids show its icon and say it to screen readers. */
  roomy: boolean;
}

/** One post in the calendar: its time, where it goes, how it starts, and its status by colour and icon. */
export function PostEvent({ post, timeText, statusLabel, networks, roomy }: Props) {
  const look = statusLook[post.status];
  const Icon = look.icon;
  const networkIds = [...new Set(post.targets.map((t) => t.network))];
  return (
    <div className={classes.event} data-status={post.status} data-post-id={post.id} style={{ ['--status-color' as string]: `var(--mantine-color-${look.color}-6)` }} title={`${statusLabel} · ${post.text}`}>
      <span className={classes.head}>
        <Icon size={13} stroke={2} className={classes.icon} aria-hidden />
        <span className={classes.time}>{timeText}</span>
        <span className={classes.marks}>
          {networkIds.map((id) => (
            <NetworkMark key={id} network={networkOf(networks, id)} size={14} labelled />
          ))}
        </span>
        {roomy ? <span className={classes.status}>{statusLabel}</span> : <span className={classes.hidden}>{statusLabel}</span>}
      </span>
      <span className={classes.text}>{post.text}</span>
    </div>
  );
}
