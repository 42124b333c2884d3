import { createTheme, Modal, Notification, PasswordInput, type MantineColorsTuple } from '@mantine/core';

// One accent: a deep canopy green. Shade 7 keeps white text above 5:1 contrast on filled controls.
const canopy: MantineColorsTuple = [
  '#e9f7ef',
  '#d3eddf',
  '#a5dabd',
  '#74c69a',
  '#4cb47c',
  '#33a86a',
  '#23925a',
  '#1b7a4c',
  '#146540',
  '#0b5033',
];

/** Labels Mantine would otherwise say in English, given in the reader's language. */
export interface ControlLabels {
  close: string;
  togglePassword: string;
}

export function buildTheme(labels: ControlLabels) {
  return createTheme({
    colors: { canopy },
    primaryColor: 'canopy',
    primaryShade: { light: 7, dark: 5 },
    defaultRadius: 'md',
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Thai", "Helvetica Neue", Arial, sans-serif',
    headings: { fontWeight: '650' },
    focusRing: 'auto',
    cursorType: 'pointer',
    components: {
      Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': labels.close } } }),
      Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': labels.close } } }),
      PasswordInput: PasswordInput.extend({ defaultProps: { visibilityToggleButtonProps: { 'aria-label': labels.togglePassword } } }),
    },
  });
}
