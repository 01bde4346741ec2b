import { describe, expect, it } from 'vitest';
import { assertProductionSecrets, secretProblems } from '../../src/lib/production-secrets';
import { secret } from '../../scripts/dev-env.mjs';

const strong = () => 'k'.repeat(20) + Math.random().toString(36).slice(2, 12);
const production = () => ({
  NODE_ENV: 'production',
  APP_KEYS: [strong(), strong()].join(','),
  ADMIN_JWT_SECRET: strong(),
  API_TOKEN_SALT: strong(),
  TRANSFER_TOKEN_SALT: strong(),
  JWT_SECRET: strong(),
  ENCRYPTION_KEY: strong(),
});

describe('production secrets', () => {
  it('accepts long secrets from the environment', () => {
    expect(secretProblems(production())).toEqual([]);
    expect(() => assertProductionSecrets(production())).not.toThrow();
  });

  it('refuses missing, placeholder, generated development and short secrets', () => {
    const env = { ...production(), JWT_SECRET: undefined, API_TOKEN_SALT: 'change-me', ADMIN_JWT_SECRET: secret('ADMIN_JWT_SECRET'), APP_KEYS: `${strong()},short` };
    expect(secretProblems(env)).toEqual([
      'APP_KEYS is shorter than 24 characters',
      'ADMIN_JWT_SECRET is a development value',
      'API_TOKEN_SALT is a development value',
      'JWT_SECRET is not set',
    ]);
    expect(() => assertProductionSecrets(env)).toThrow(/will not start in production/);
  });

  it('leaves development alone', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
  });
});
