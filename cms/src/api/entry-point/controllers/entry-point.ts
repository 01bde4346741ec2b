import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::entry-point.entry-point');
