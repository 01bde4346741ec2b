import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::entry-point.entry-point');
