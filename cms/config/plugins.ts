import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      jwt: { expiresIn: '8h' },
      register: { allowedFields: [] },
      // Login attempts per client and identifier (the portal's login).
      ratelimit: { interval: env.int('LOGIN_RATE_WINDOW_MS', 5 * 60_000), max: env.int('LOGIN_RATE_MAX', 10) },
    },
  },
  i18n: { config: { defaultLocale: 'da' } },
  upload: {
    config: {
      // Local disk by default; UPLOAD_PROVIDER=s3 stores uploads in any S3-compatible bucket (docs/operations.md).
      ...(env('UPLOAD_PROVIDER', 'local') === 's3' && {
        provider: 'aws-s3',
        providerOptions: {
          baseUrl: env('S3_PUBLIC_URL', ''),
          s3Options: {
            region: env('S3_REGION', 'eu-north-1'),
            endpoint: env('S3_ENDPOINT', '') || undefined,
            forcePathStyle: env.bool('S3_FORCE_PATH_STYLE', false),
            credentials: { accessKeyId: env('S3_ACCESS_KEY_ID'), secretAccessKey: env('S3_SECRET_ACCESS_KEY') },
            params: { Bucket: env('S3_BUCKET'), ACL: env('S3_ACL', 'public-read') },
          },
        },
      }),
      // Web renditions up to 1600 px wide; the original stays for print packs only.
      breakpoints: { xlarge: 1600, large: 1000, medium: 750, small: 500 },
      // Every upload route checks the file's real type against this list: no SVG, no HTML, no scripts.
      security: {
        allowedTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif', 'audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/ogg', 'audio/wav', 'audio/x-wav', 'audio/wave', 'application/pdf', 'application/zip'],
        deniedTypes: ['image/svg+xml', 'text/html', 'application/xhtml+xml', 'text/javascript', 'application/javascript', 'application/x-msdownload'],
      },
    },
  },
  email: {
    config: {
      provider: 'nodemailer',
      providerOptions: {
        host: env('SMTP_HOST', '127.0.0.1'),
        port: env.int('SMTP_PORT', 1025),
        secure: env.bool('SMTP_SECURE', false),
        ignoreTLS: !env.bool('SMTP_SECURE', false) && !env('SMTP_USER', ''),
        auth: env('SMTP_USER', '') ? { user: env('SMTP_USER'), pass: env('SMTP_PASS') } : undefined,
      },
      settings: {
        defaultFrom: env('EMAIL_FROM', 'Samskab <no-reply@samskab.example.dk>'),
        defaultReplyTo: env('EMAIL_REPLY_TO', 'frivillig@samskab.example.dk'),
      },
    },
  },
});
