// Writes the seeded guides' flows as Mermaid diagrams into docs/guide.md, between
// <!-- guide-diagram:<slug> --> and <!-- /guide-diagram:<slug> --> markers, with the
// same generator as GET /api/widget/v1/guides/:slug/diagram (src/api/guide/lib/mermaid.ts).
//
//   node cms/scripts/guide-diagram.mjs           rewrite docs/guide.md
//   node cms/scripts/guide-diagram.mjs --check   exit 1 if docs/guide.md is out of date
//
// The TypeScript sources are transpiled on the fly (type-only imports, no build needed).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cmsDir = fileURLToPath(new URL('..', import.meta.url));
const docPath = path.join(cmsDir, '..', 'docs', 'guide.md');
const require = createRequire(path.join(cmsDir, 'package.json'));
const ts = require('typescript');

async function load(relative) {
  const source = readFileSync(path.join(cmsDir, relative), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    fileName: relative,
  });
  const dir = mkdtempSync(path.join(tmpdir(), 'samskab-guide-diagram-'));
  try {
    const file = path.join(dir, `${path.basename(relative, '.ts')}.mjs`);
    writeFileSync(file, outputText);
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function diagrams() {
  const { toMermaid } = await load('src/api/guide/lib/mermaid.ts');
  const { guides, contactPoints } = await load('src/seed/data/guide.ts');
  const { offers } = await load('src/seed/data/offers.ts');
  const contactName = new Map(contactPoints.map((c) => [c.slug, c.name]));
  const offerTitle = new Map(offers.map((o) => [o.slug, o.da.title]));
  return guides.map((g) => ({
    slug: g.slug,
    mermaid: toMermaid(
      {
        title: g.da.title,
        start: g.startQuestion,
        questions: g.da.questions,
        outcomes: g.da.outcomes.map((o) => ({
          key: o.key,
          title: o.title,
          names: [...o.contactPoints.map((s) => contactName.get(s) ?? s), ...o.offers.map((s) => offerTitle.get(s) ?? s)],
        })),
      },
      'da',
    ),
  }));
}

/** docs/guide.md with every marked block replaced by the current diagram. */
export async function render(doc) {
  let out = doc;
  for (const { slug, mermaid } of await diagrams()) {
    const open = `<!-- guide-diagram:${slug} -->`;
    const close = `<!-- /guide-diagram:${slug} -->`;
    const start = out.indexOf(open);
    const end = out.indexOf(close);
    if (start < 0 || end < start) throw new Error(`docs/guide.md has no ${open} … ${close} block`);
    out = `${out.slice(0, start + open.length)}\n\n\`\`\`mermaid\n${mermaid}\`\`\`\n\n${out.slice(end)}`;
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const current = readFileSync(docPath, 'utf8');
  const next = await render(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('docs/guide.md is out of date: run `node cms/scripts/guide-diagram.mjs`.');
      process.exit(1);
    }
    console.log('docs/guide.md is up to date.');
  } else {
    writeFileSync(docPath, next);
    console.log(next === current ? 'docs/guide.md was already up to date.' : 'docs/guide.md updated.');
  }
}
