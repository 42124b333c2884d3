/** The part of twitter-text (which ships no types) that the composer uses. */
declare module 'twitter-text' {
  interface WeightRange {
    start: number;
    end: number;
    weight: number;
  }

  interface ParseConfig {
    version: number;
    maxWeightedTweetLength: number;
    scale: number;
    defaultWeight: number;
    emojiParsingEnabled?: boolean;
    transformedURLLength: number;
    ranges: WeightRange[];
  }

  interface ParsedTweet {
    /** The length X counts: most letters 1, CJK and each emoji 2, every URL transformedURLLength. */
    weightedLength: number;
    valid: boolean;
    permillage: number;
    validRangeStart: number;
    validRangeEnd: number;
    displayRangeStart: number;
    displayRangeEnd: number;
  }

  interface UrlEntity {
    url: string;
    /** UTF-16 offsets [start, end). */
    indices: [number, number];
  }

  const twitterText: {
    configs: { defaults: ParseConfig };
    parseTweet(text: string, config?: ParseConfig): ParsedTweet;
    hasInvalidCharacters(text: string): boolean;
    extractUrlsWithIndices(text: string, options?: { extractUrlsWithoutProtocol?: boolean }): UrlEntity[];
    extractHashtags(text: string): string[];
    extractMentions(text: string): string[];
  };
  export default twitterText;
}
