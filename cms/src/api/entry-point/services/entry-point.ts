import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::entry-point.entry-point');
