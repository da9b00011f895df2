import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A deep teal: calm enough to look at all day, distinct from the red of errors and the green of success.
const brand: MantineColorsTuple = [
  '#e6fcf9',
  '#d3f4ef',
  '#a9e7de',
  '#7bdacc',
  '#56cfbd',
  '#3fc8b3',
  '#30c4ad',
  '#1fad98',
  '#0f9a87',
  '#008573',
];

export const theme = createTheme({
  primaryColor: 'brand',
  primaryShade: { light: 8, dark: 6 },
  colors: { brand },
  defaultRadius: 'md',
  fontFamily: 'Inter, ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, "JetBrains Mono", Menlo, Consolas, monospace',
  headings: { fontWeight: '650' },
  cursorType: 'pointer',
  components: {
    Button: { defaultProps: { fw: 500 } },
    Tooltip: { defaultProps: { openDelay: 300 } },
    Notification: { defaultProps: { radius: 'md', withBorder: true } },
  },
});
