import type { TFunction } from 'i18next';

const knownFields = ['service', 'identifier', 'appPassword', 'phoneNumberId', 'accessToken'] as const;
type KnownField = (typeof knownFields)[number];

function isKnown(name: string): name is KnownField {
  return (knownFields as readonly string[]).includes(name);
}

/** The label of a credential field the API names; a field this app does not know shows its name. */
export function fieldLabel(t: TFunction, name: string): string {
  return isKnown(name) ? t(`profiles.connect.fields.${name}`) : name;
}

/** Where a person finds what the field asks for, on the network in question. */
export function fieldHelp(t: TFunction, network: string, name: string): string | undefined {
  if (network === 'bluesky') {
    if (name === 'service') return t('profiles.connect.help.blueskyService', { host: 'bsky.social' });
    if (name === 'identifier') return t('profiles.connect.help.blueskyIdentifier', { example: 'yourname.bsky.social' });
    if (name === 'appPassword') return t('profiles.connect.help.blueskyAppPassword', { network: 'Bluesky' });
  }
  if (network === 'whatsapp') {
    if (name === 'phoneNumberId') return t('profiles.connect.help.whatsappPhoneNumberId', { place: 'WhatsApp Manager' });
    if (name === 'accessToken') return t('profiles.connect.help.whatsappAccessToken', { place: 'Meta Business Suite' });
  }
  return undefined;
}

/** Browsers fill sign-in forms on their own; only the account name is worth offering here. */
export function fieldAutocomplete(name: string): string {
  return name === 'identifier' ? 'username' : 'off';
}

/** "bsky.social" → "https://bsky.social": people type a server's name more often than its URL. */
export function withScheme(value: string): string {
  const v = value.trim();
  return v && !/^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? `https://${v}` : v;
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0;
  } catch {
    return false;
  }
}
