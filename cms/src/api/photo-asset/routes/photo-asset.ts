import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::photo-asset.photo-asset');
