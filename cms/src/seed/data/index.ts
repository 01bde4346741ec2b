/**
 * The Samskab demo seed data (Danish and English).
 * Everything the seeder needs, as plain data; relations are given by slug or key.
 */
export * from './types';
export { organisations, districts, annex1Associations } from './organisations';
export { photos } from './photos';
export { stories } from './stories';
export { campaigns } from './campaigns';
export { opportunities } from './opportunities';
export { offers } from './offers';
export { walk, walks, walkStops } from './walk';
export { contactPoints, guides, entryPoint } from './guide';
