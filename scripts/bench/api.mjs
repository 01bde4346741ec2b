import { bytesOnTheWire, load, startCms } from './lib.mjs';

/** The widget API's story list against Strapi's stock GET /api/stories?populate=*, same content, same run. */
export default async function apiBenchmark() {
  console.log('api: starting a CMS with the demo content and 17 more stories...');
  const cms = await startCms({ EXTRA_STORIES: '17' });
  try {
    // As the story-list widget asks: no facets, since it shows no filter controls.
    const widget = `${cms.base}/api/widget/v1/stories?pageSize=25&facets=false`;
    const stock = `${cms.base}/api/stories?populate=*&pagination[pageSize]=25`;
    // Warm both once so that neither pays first-request costs inside the measurement.
    await fetch(widget);
    const stockCheck = await fetch(stock, { headers: { authorization: `Bearer ${cms.token}` } });
    if (!stockCheck.ok) throw new Error(`stock endpoint answered ${stockCheck.status}`);

    const baseline = await load(stock, { authorization: `Bearer ${cms.token}` });
    const measured = await load(widget);
    const json = await (await fetch(widget, { headers: { 'accept-encoding': 'identity' } })).text();
    const items = JSON.parse(json).items.length;
    const brotli = await bytesOnTheWire(widget, 'br');
    return [
      {
        benchmark: 'widget API vs stock REST (GET stories, 25 items, 10 connections)',
        baseline,
        measured,
        throughputRatio: +(measured.rps / baseline.rps).toFixed(1),
        goal: '>= 20x throughput',
      },
      {
        benchmark: `story list of ${items} items as sent with brotli (8 seeded stories and 17 copies of them)`,
        bytes: brotli.length,
        rawBytes: json.length,
        goal: '<= 2048 bytes',
      },
    ];
  } finally {
    await cms.stop();
  }
}
