import { GatewayClient } from './gateway-client';
import { loadDemoRegion, type LoadResult } from './load';
import { trackDesigns } from './region-data';

/**
 * Whether the region was loaded before: its job tracks are there (looked up by name as the
 * officers of their offices). A region someone has worked in since is left alone.
 */
export async function demoRegionPresent(gatewayUrl: string): Promise<boolean> {
  const client = new GatewayClient(gatewayUrl);
  const officers = [...new Set(trackDesigns.map((t) => regionOfficerOf(t.officeId)))];
  const names = new Set(trackDesigns.map((t) => t.name));
  for (const officer of officers) {
    const { jobTracks } = await client.run<{ jobTracks: { name: string }[] }>(
      officer,
      `{ jobTracks(first: 200) { name } }`,
    );
    if (jobTracks.some((track) => names.has(track.name))) return true;
  }
  return false;
}

function regionOfficerOf(officeId: string): string {
  return officeId === 'af-sodertalje' ? 'officer' : `officer_${officeId.replace(/^af-/, '')}`;
}

/** `npm start`: loads the region into an empty platform; answers null when it was there. */
export async function loadOnFirstStart(
  gatewayUrl: string,
  log: (line: string) => void,
): Promise<LoadResult | null> {
  if (await demoRegionPresent(gatewayUrl)) return null;
  return loadDemoRegion({ gatewayUrl, log });
}
