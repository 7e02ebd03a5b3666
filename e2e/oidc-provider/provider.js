// Starts oidc-provider on loopback for the end-to-end suite: `node provider.js <port>`.
// Prints "oidc-provider ready at <issuer>" once it accepts requests; stops on SIGTERM / SIGINT.
import { generateKeyPairSync, randomBytes, verify } from 'node:crypto';
import Provider from 'oidc-provider';
import { API_AUDIENCE, configuration, findAccount } from './configuration.js';

const port = Number.parseInt(process.argv[2], 10);
if (!Number.isInteger(port) || port <= 0) {
  console.error('usage: node provider.js <port>');
  process.exit(2);
}
const issuer = `http://127.0.0.1:${port}`;

// a fresh signing key per run: the suite trusts whatever the provider's JWKS says
const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: `e2e-${Date.now()}`, alg: 'RS256', use: 'sig' };

const provider = new Provider(issuer, configuration({
  jwks: { keys: [signingKey] },
  cookieKeys: [randomBytes(32).toString('hex')],
}));
// oidc-provider's UserInfo refuses access tokens issued for a resource server (RFC 8707), and the user's access
// tokens here are for the orders API, which Spring Security 7 still sends to UserInfo after every code login.
// This endpoint answers UserInfo for those tokens: signature, issuer, audience and expiry checked by hand, because
// oidc-provider exposes no verifier for its own JWT access tokens.
provider.use(async (ctx, next) => {
  if (ctx.path !== '/e2e/userinfo') {
    await next();
    return;
  }
  const claims = verifiedApiAccessToken(ctx.get('authorization'));
  if (!claims) {
    ctx.status = 401;
    ctx.set('WWW-Authenticate', 'Bearer error="invalid_token"');
    return;
  }
  ctx.body = await (await findAccount(ctx, claims.sub)).claims();
});

function verifiedApiAccessToken(authorization) {
  const [scheme, token] = (authorization ?? '').split(' ');
  const parts = (token ?? '').split('.');
  if (scheme !== 'Bearer' || parts.length !== 3) {
    return undefined;
  }
  const signingInput = Buffer.from(`${parts[0]}.${parts[1]}`);
  const signed = verify('RSA-SHA256', signingInput, publicKey, Buffer.from(parts[2], 'base64url'));
  if (!signed) {
    return undefined;
  }
  const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString());
  const fresh = typeof claims.exp === 'number' && claims.exp * 1000 > Date.now();
  return (fresh && claims.iss === issuer && claims.aud === API_AUDIENCE) ? claims : undefined;
}

provider.on('server_error', (_ctx, error) => console.error('server_error', error));

const server = provider.listen(port, '127.0.0.1', () => {
  console.log(`oidc-provider ready at ${issuer}`);
});

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
