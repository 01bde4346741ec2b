import { winston, formats } from '@strapi/logger';

// LOG_LEVEL=warn keeps tests and benchmarks quiet; development shows info.
export default {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL ?? 'info',
      format: winston.format.combine(formats.levelFilter(process.env.LOG_LEVEL ?? 'info'), formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' })),
    }),
  ],
};
