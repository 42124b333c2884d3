import {
  IconBrandBluesky,
  IconBrandFacebook,
  IconBrandGoogle,
  IconBrandInstagram,
  IconBrandLinkedin,
  IconBrandMastodon,
  IconBrandMessenger,
  IconBrandPinterest,
  IconBrandSnapchat,
  IconBrandThreads,
  IconBrandTiktok,
  IconBrandWhatsapp,
  IconBrandX,
  IconBrandYoutube,
  type Icon,
} from '@tabler/icons-react';

/** Each network's mark, drawn from the icon set the app already ships: no image is fetched. */
const marks: Partial<Record<string, Icon>> = {
  bluesky: IconBrandBluesky,
  facebook: IconBrandFacebook,
  google_business: IconBrandGoogle,
  instagram: IconBrandInstagram,
  linkedin: IconBrandLinkedin,
  mastodon: IconBrandMastodon,
  messenger: IconBrandMessenger,
  pinterest: IconBrandPinterest,
  snapchat: IconBrandSnapchat,
  threads: IconBrandThreads,
  tiktok: IconBrandTiktok,
  whatsapp: IconBrandWhatsapp,
  x: IconBrandX,
  youtube: IconBrandYoutube,
};

/** Dark ink on light brand colours (Snapchat's yellow), white on the rest, so the mark stays legible. */
function inkOn(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return '#fff';
  const [r, g, b] = m.slice(1).map((c) => {
    const v = parseInt(c, 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return luminance > 0.45 ? '#1a1b1e' : '#fff';
}

interface Props {
  network: { id: string; name: string; color: string };
  size?: number;
  /** Says the network's name to screen readers; leave off where the name is written beside it. */
  labelled?: boolean;
  dimmed?: boolean;
}

/** The network's mark on its brand colour; a letter for a network without a drawn mark. */
export function NetworkMark({ network, size = 36, labelled = false, dimmed = false }: Props) {
  const Mark = marks[network.id];
  const ink = inkOn(network.color);
  return (
    <span
      role={labelled ? 'img' : undefined}
      aria-label={labelled ? network.name : undefined}
      aria-hidden={labelled ? undefined : true}
      data-network={network.id}
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        flexShrink: 0,
        width: size,
        height: size,
        borderRadius: Math.round(size * 0.28),
        background: network.color,
        color: ink,
        boxShadow: 'inset 0 0 0 1px rgba(0, 0, 0, 0.08)',
        opacity: dimmed ? 0.45 : 1,
        filter: dimmed ? 'grayscale(0.6)' : undefined,
        fontWeight: 700,
        fontSize: Math.round(size * 0.5),
        lineHeight: 1,
      }}
    >
      {Mark ? <Mark size={Math.round(size * 0.62)} stroke={1.8} /> : network.name.slice(0, 1).toUpperCase()}
    </span>
  );
}
