import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { intlTags, isLocale } from '../i18n/languages.ts';
import type { Media } from './types.ts';

/** Sizes, frame sizes and lengths of files, in the reader's language. */
export function useMediaFormat() {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  return useMemo(() => {
    const tag = isLocale(lng) ? intlTags[lng] : 'en';
    const unit = (u: string, digits = 0) => new Intl.NumberFormat(tag, { style: 'unit', unit: u, unitDisplay: 'short', maximumFractionDigits: digits });
    const kb = unit('kilobyte');
    const mb = unit('megabyte', 1);
    const gb = unit('gigabyte', 2);
    const minutes = unit('minute');
    const seconds = unit('second');
    const whole = new Intl.NumberFormat(tag);
    return {
      bytes(n: number): string {
        if (n < 1024 * 1024) return kb.format(Math.max(1, Math.round(n / 1024)));
        if (n < 1024 ** 3) return mb.format(n / 1024 ** 2);
        return gb.format(n / 1024 ** 3);
      },
      duration(ms: number): string {
        const total = Math.round(ms / 1000);
        const m = Math.floor(total / 60);
        return m > 0 ? `${minutes.format(m)} ${seconds.format(total % 60)}` : seconds.format(total);
      },
      /** "1080 × 1920 · 12 s · 4.2 MB", what is known of the file. */
      facts(file: Pick<Media, 'width' | 'height' | 'durationMs' | 'bytes'>): string {
        const parts = [];
        if (file.width && file.height) parts.push(`${whole.format(file.width)} × ${whole.format(file.height)}`);
        if (file.durationMs !== null) parts.push(this.duration(file.durationMs));
        parts.push(this.bytes(file.bytes));
        return parts.join(' · ');
      },
    };
  }, [lng]);
}
