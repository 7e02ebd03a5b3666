// What the end-to-end suite's oidc-provider offers: one client per login flow, two client-credentials clients, and
// JWT access tokens (RFC 9068) for the orders API. Login clients are "native" so that their loopback redirect URIs
// match any port (RFC 8252 7.3): the web app gets a new free port for every test, the provider keeps running.
import { errors } from 'oidc-provider';

export const API_AUDIENCE = 'https://orders-api.e2e.test';
export const API_SCOPES = 'orders:read orders:write';

const REDIRECT_URI = 'http://127.0.0.1/login/oauth2/code/userclouds';
const POST_LOGOUT_REDIRECT_URI = 'http://127.0.0.1/';

function loginClient(clientId, metadata) {
  return {
    client_id: clientId,
    application_type: 'native',
    redirect_uris: [REDIRECT_URI],
    post_logout_redirect_uris: [POST_LOGOUT_REDIRECT_URI],
    ...metadata,
  };
}

// client_id -> scopes of the orders API it may get; a client missing here gets none
const API_SCOPES_BY_CLIENT = {
  'e2e-m2m-reader': API_SCOPES,
  'e2e-m2m-writer': 'orders:write',
};

export const clients = [
  loginClient('e2e-code', {
    client_secret: 'e2e-code-secret',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  }),
  loginClient('e2e-pkce', {
    token_endpoint_auth_method: 'none',
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  }),
  loginClient('e2e-hybrid', {
    client_secret: 'e2e-hybrid-secret',
    grant_types: ['authorization_code', 'implicit', 'refresh_token'],
    response_types: ['code id_token', 'code token', 'code id_token token'],
  }),
  loginClient('e2e-implicit', {
    token_endpoint_auth_method: 'none',
    grant_types: ['implicit'],
    response_types: ['id_token', 'id_token token'],
  }),
  {
    client_id: 'e2e-m2m-reader',
    client_secret: 'e2e-m2m-reader-secret',
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
  },
  {
    // has no orders:read: its tokens are refused by GET /api/orders with 403
    client_id: 'e2e-m2m-writer',
    client_secret: 'e2e-m2m-writer-secret',
    grant_types: ['client_credentials'],
    response_types: [],
    redirect_uris: [],
  },
];

// dev users: any login name is accepted by the dev interactions and becomes the subject
export async function findAccount(_ctx, id) {
  return {
    accountId: id,
    async claims() {
      return { sub: id, name: `User ${id}`, email: `${id}@example.com`, email_verified: true };
    },
  };
}

export function configuration({ jwks, cookieKeys }) {
  return {
    clients,
    jwks,
    findAccount,
    cookies: { keys: cookieKeys },
    scopes: ['openid', 'offline_access', 'profile', 'email'],
    claims: { openid: ['sub'], profile: ['name'], email: ['email', 'email_verified'] },
    responseTypes: ['code', 'id_token', 'id_token token', 'code id_token', 'code token', 'code id_token token', 'none'],
    pkce: { required: (_ctx, client) => client.clientAuthMethod === 'none' },
    features: {
      devInteractions: { enabled: true },
      clientCredentials: { enabled: true },
      rpInitiatedLogout: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // every access token is for the orders API unless the request names another resource
        defaultResource: (_ctx, _client, oneOf) => oneOf ?? API_AUDIENCE,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resourceIndicator, client) => {
          if (resourceIndicator !== API_AUDIENCE) {
            throw new errors.InvalidTarget();
          }
          const scope = client.grantTypeAllowed('client_credentials')
            ? (API_SCOPES_BY_CLIENT[client.clientId] ?? '')
            : API_SCOPES;
          return {
            audience: API_AUDIENCE,
            scope,
            accessTokenFormat: 'jwt',
            accessTokenTTL: 3600,
            jwt: { sign: { alg: 'RS256' } },
          };
        },
      },
    },
    ttl: {
      AccessToken: 3600,
      ClientCredentials: 3600,
      IdToken: 3600,
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AuthorizationCode: 60,
    },
  };
}
