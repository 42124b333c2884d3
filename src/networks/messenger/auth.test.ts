import type { OAuthConnector } from '../adapter.ts';
import { describeFacebookLogin } from '../meta/facebook-login-contract.ts';
import { createMessengerAdapter } from './index.ts';

describeFacebookLogin({
  network: 'Messenger',
  connector: (baseUrl) => createMessengerAdapter({ messenger: baseUrl }).connector as OAuthConnector,
  scopes: ['pages_show_list', 'pages_manage_metadata', 'pages_messaging'],
  pages: [[{ id: 'p-1', name: 'Καφενείο', access_token: 'page-token-1' }], [{ id: 'p-2', name: 'ร้านอาหาร', access_token: 'page-token-2' }]],
  subAccounts: [
    { remoteId: 'p-1', name: 'Καφενείο', kind: 'page' },
    { remoteId: 'p-2', name: 'ร้านอาหาร', kind: 'page' },
  ],
  extra: { 'token:p-1': 'page-token-1', 'token:p-2': 'page-token-2' },
});
