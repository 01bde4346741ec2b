/**
 * In production every secret must come from the environment, be long, and not be
 * one of the development secrets that `npm start` generates (they start with
 * `dev-`) nor a placeholder from .env.example.
 */
export const SECRETS = ['APP_KEYS', 'ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY'] as const;

export function secretProblems(env: Record<string, string | undefined>): string[] {
  const problems: string[] = [];
  for (const name of SECRETS) {
    const value = env[name];
    if (!value) {
      problems.push(`${name} is not set`);
      continue;
    }
    const parts = name === 'APP_KEYS' ? value.split(',').map((part) => part.trim()) : [value];
    if (parts.some((part) => part === 'change-me' || part.startsWith('dev-'))) problems.push(`${name} is a development value`);
    else if (parts.some((part) => part.length < 24)) problems.push(`${name} is shorter than 24 characters`);
  }
  return problems;
}

export function assertProductionSecrets(env: Record<string, string | undefined> = process.env): void {
  if (env.NODE_ENV !== 'production') return;
  const problems = secretProblems(env);
  if (problems.length) {
    throw new Error(
      `Samskab will not start in production with unsafe secrets: ${problems.join('; ')}. ` +
        'Set each to a long random value in the environment (for example `openssl rand -base64 32`); see docs/operations.md.',
    );
  }
}
