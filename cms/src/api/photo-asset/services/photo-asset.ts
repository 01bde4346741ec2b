import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::photo-asset.photo-asset');
