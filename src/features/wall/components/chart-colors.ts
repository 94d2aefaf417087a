/**
 * Series colours per theme, for SVG attributes (which cannot read CSS variables). Current is the
 * brighter, solid line; previous is grey and dashed, so the two differ without colour.
 */
import type { WallTheme } from '../../../../contract/url-state/wall-url-state.ts';

export interface WallChartColors {
  current: string;
  previous: string;
  grid: string;
  axis: string;
  background: string;
}

export const WALL_CHART_COLORS: Record<WallTheme, WallChartColors> = {
  dark: { current: '#7cb4ff', previous: '#a3aec2', grid: '#2a3650', axis: '#b4bfd2', background: '#0b1120' },
  light: { current: '#1d5fd1', previous: '#6f7a8f', grid: '#dfe4ec', axis: '#4b5567', background: '#f4f6fa' },
};
