import { styled } from '@mui/material/styles';

type PillColour = 'default' | 'success' | 'warning' | 'error';

/**
 * A short label in a pill, drawn as MUI's Chip draws one. The shell's labels only need that, and Chip
 * (with deletion, avatars and click handling) was 3 KB gzip on every launch.
 */
export const Pill = styled('span', {
  shouldForwardProp: (prop) => prop !== 'colour' && prop !== 'outlined' && prop !== 'small',
})<{ colour?: PillColour; outlined?: boolean; small?: boolean }>(({
  theme,
  colour = 'default',
  outlined,
  small,
}) => {
  const palette = colour === 'default' ? undefined : theme.palette[colour];
  return {
    display: 'inline-flex',
    alignItems: 'center',
    gap: theme.spacing(0.5),
    height: small ? 24 : 32,
    padding: theme.spacing(0, small ? 1 : 1.5),
    borderRadius: 16,
    fontSize: theme.typography.pxToRem(13),
    whiteSpace: 'nowrap',
    border: `1px solid ${outlined ? (palette?.main ?? theme.palette.grey[400]) : 'transparent'}`,
    color: outlined
      ? (palette?.dark ?? theme.palette.text.primary)
      : (palette?.contrastText ?? theme.palette.text.primary),
    backgroundColor: outlined ? 'transparent' : (palette?.main ?? theme.palette.action.selected),
    '& svg': { fontSize: theme.typography.pxToRem(18) },
  };
});
