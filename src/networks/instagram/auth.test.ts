import type { OAuthConnector } from '../adapter.ts';
import { describeFacebookLogin } from '../meta/facebook-login-contract.ts';
import { createInstagramAdapter } from './index.ts';

describeFacebookLogin({
  network: 'Instagram',
  connector: (baseUrl) => createInstagramAdapter({ instagram: baseUrl }).connector as OAuthConnector,
  scopes: [
    'pages_show_list',
    'pages_read_engagement',
    'instagram_basic',
    'instagram_content_publish',
    'instagram_manage_comments',
    'instagram_manage_insights',
    'instagram_manage_contents',
  ],
  pages: [
    [
      { id: 'p-1', name: 'Φούρνος', access_token: 'page-token-1', instagram_business_account: { id: 'ig-1', username: 'fournos_athens' } },
      { id: 'p-3', name: 'No Instagram here', access_token: 'page-token-3' },
    ],
    [{ id: 'p-2', name: 'Пекара', access_token: 'page-token-2', instagram_business_account: { id: 'ig-2', name: 'Пекара Стара' } }],
  ],
  subAccounts: [
    { remoteId: 'ig-1', name: 'fournos_athens', kind: 'instagram_account' },
    { remoteId: 'ig-2', name: 'Пекара Стара', kind: 'instagram_account' },
  ],
  extra: { 'token:ig-1': 'page-token-1', 'token:ig-2': 'page-token-2' },
});
