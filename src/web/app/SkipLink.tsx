import { useTranslation } from 'react-i18next';
import classes from './SkipLink.module.css';

/** The first thing a keyboard reaches: a jump past the header and navigation to the page itself. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className={classes.skip} href="#main">
      {t('common.skipToContent')}
    </a>
  );
}
