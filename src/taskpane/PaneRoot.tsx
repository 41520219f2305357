// The pane's root as the page mounts it and as the build prerenders its first frame into dist/taskpane.html
// (src/taskpane/prerender.tsx, scripts/prerender.mjs): one tree, so the client can hydrate the prerendered
// HTML instead of painting only after office.js, the scripts and React have run (issue 15, first paint).
import { RendererProvider, type GriffelRenderer } from "@fluentui/react-components";
import { useEffect } from "react";
import { App, type AppProps } from "./App";

export interface PaneRootProps extends AppProps {
  /**
   * Griffel's renderer. The prerender collects the first frame's CSS in one; when hydrating, a renderer
   * made in the page picks up those <style> elements instead of inserting every rule again.
   * @default Griffel's own (no provider)
   */
  renderer?: GriffelRenderer;
  /** Called once the tree is committed (hydrated or rendered): the pane is live from then on. */
  onMounted?(): void;
}

export function PaneRoot({ renderer, onMounted, ...app }: PaneRootProps) {
  useEffect(() => onMounted?.(), [onMounted]);
  const tree = <App {...app} />;
  return renderer ? <RendererProvider renderer={renderer}>{tree}</RendererProvider> : tree;
}
