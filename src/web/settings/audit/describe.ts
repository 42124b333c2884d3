import type { TFunction } from 'i18next';
import { isRole } from '../../../core/policies/roles.ts';
import { isLocale, languageNames } from '../../i18n/languages.ts';

const knownActions = {
  'organization.created': 'organizationCreated',
  'organization.updated': 'organizationUpdated',
  'workspace.created': 'workspaceCreated',
  'workspace.updated': 'workspaceUpdated',
  'member.role_changed': 'memberRoleChanged',
  'member.removed': 'memberRemoved',
  'invitation.created': 'invitationCreated',
  'invitation.accepted': 'invitationAccepted',
  'invitation.revoked': 'invitationRevoked',
  'token.created': 'tokenCreated',
  'token.deleted': 'tokenDeleted',
  'totp.enabled': 'totpEnabled',
  'totp.disabled': 'totpDisabled',
  'profile.connected': 'profileConnected',
  'profile.reconnected': 'profileReconnected',
  'profile.removed': 'profileRemoved',
  'profile.access_changed': 'profileAccessChanged',
  'profile.needs_reconnect': 'profileNeedsReconnect',
  'network_app.updated': 'networkAppUpdated',
} as const;

const knownFields = ['name', 'email', 'role', 'from', 'to', 'timezone', 'locale', 'requireTotp', 'network', 'handle', 'access', 'userIds', 'clientId', 'reason'] as const;
type KnownField = (typeof knownFields)[number];

function isKnownAction(action: string): action is keyof typeof knownActions {
  return action in knownActions;
}

function isKnownField(field: string): field is KnownField {
  return (knownFields as readonly string[]).includes(field);
}

/** What happened, in words: "Role changed". Actions this app does not know yet show as sent. */
export function actionLabel(t: TFunction, action: string): string {
  return isKnownAction(action) ? t(`audit.actions.${knownActions[action]}`) : action;
}

function valueLabel(t: TFunction, field: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (Array.isArray(value)) return t('audit.count', { number: value.length });
  if (typeof value === 'string') {
    if ((field === 'role' || field === 'from' || field === 'to') && isRole(value)) return t(`roles.${value}`);
    if (field === 'locale' && isLocale(value)) return languageNames[value];
    if (field === 'access' && value === 'all') return t('profiles.access.everyone');
    if (field === 'access' && value === 'restricted') return t('profiles.access.chosen');
    return value;
  }
  return JSON.stringify(value);
}

/** The event's details as label/value pairs, roles and languages named in the reader's words. */
export function detailPairs(t: TFunction, details: Record<string, unknown>): Array<{ label: string; value: string }> {
  return Object.entries(details).map(([field, value]) => ({
    label: isKnownField(field) ? t(`audit.fields.${field}`) : field,
    value: valueLabel(t, field, value),
  }));
}
