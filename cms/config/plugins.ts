import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  'users-permissions': {
    config: {
      jwtSecret: env('JWT_SECRET'),
      jwt: { expiresIn: '8h' },
      register: { allowedFields: [] },
    },
  },
  i18n: { config: { defaultLocale: 'da' } },
  upload: {
    config: {
      // Web renditions up to 1600 px wide; the original stays for print packs only.
      breakpoints: { xlarge: 1600, large: 1000, medium: 750, small: 500 },
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
