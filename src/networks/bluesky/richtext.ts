import { AppBskyRichtextFacet, RichText, type Agent } from '@atproto/api';
import { ok, type Outcome } from '../outcome.ts';
import { outcomeOfError, xrpcErrorName } from './errors.ts';

/** Answers that mean a handle names no account: its mention stays plain text. */
const NO_SUCH_HANDLE = new Set(['HandleNotFound', 'InvalidRequest']);

export interface FacetedText {
  text: string;
  facets: AppBskyRichtextFacet.Main[] | undefined;
  graphemes: number;
}

/**
 * Links, hashtags and mentions as Bluesky facets, which index the UTF-8 bytes of the text.
 * RichText finds them; mentions are resolved here rather than by RichText.detectFacets, which
 * treats a network failure like an unknown handle and would publish a mention that links nowhere.
 * An unknown handle drops its facet; a failure to ask is the caller's Outcome.
 */
export async function facetText(agent: Agent, text: string): Promise<Outcome<FacetedText>> {
  const rt = new RichText({ text });
  rt.detectFacetsWithoutResolution();
  const facets: AppBskyRichtextFacet.Main[] = [];
  for (const facet of rt.facets ?? []) {
    const features: AppBskyRichtextFacet.Main['features'] = [];
    for (const feature of facet.features) {
      if (!AppBskyRichtextFacet.isMention(feature)) {
        features.push(feature);
        continue;
      }
      try {
        const res = await agent.com.atproto.identity.resolveHandle({ handle: feature.did });
        features.push({ ...feature, did: res.data.did });
      } catch (err) {
        const name = xrpcErrorName(err);
        if (!name || !NO_SUCH_HANDLE.has(name)) return outcomeOfError(err, { write: false });
      }
    }
    if (features.length) facets.push({ ...facet, $type: 'app.bsky.richtext.facet', features });
  }
  return ok({ text: rt.text, facets: facets.length ? facets : undefined, graphemes: rt.graphemeLength });
}
