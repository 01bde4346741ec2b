import type { Core } from '@strapi/strapi';
import type { DiagramService } from '../services/diagram';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  show: (ctx: any) => (strapi.service('api::guide.diagram') as DiagramService).send(ctx),
});
