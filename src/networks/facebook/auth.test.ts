import { describeFacebookLogin } from '../meta/facebook-login-contract.ts';
import { createFacebookAdapter } from './index.ts';
import type { OAuthConnector } from '../adapter.ts';

describeFacebookLogin({
  network: 'Facebook',
  connector: (baseUrl) => createFacebookAdapter({ facebook: baseUrl }).connector as OAuthConnector,
  scopes: ['pages_show_list', 'pages_read_engagement', 'pages_manage_posts', 'pages_read_user_content', 'pages_manage_engagement', 'read_insights'],
  pages: [[{ id: 'p-1', name: 'ร้านกาแฟ', access_token: 'page-token-1' }], [{ id: 'p-2', name: 'Пекара Стара', access_token: 'page-token-2' }]],
  subAccounts: [
    { remoteId: 'p-1', name: 'ร้านกาแฟ', kind: 'page' },
    { remoteId: 'p-2', name: 'Пекара Стара', kind: 'page' },
  ],
  extra: { 'token:p-1': 'page-token-1', 'token:p-2': 'page-token-2' },
});
