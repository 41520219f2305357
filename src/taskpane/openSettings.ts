import { createContext, useContext } from "react";

/**
 * Switches the pane to its Settings tab (given by App), so an error can say 「設定で appId を確認」 with a
 * link that goes there. null outside App (component tests, a panel shown alone): the link is left out.
 */
export const OpenSettingsContext = createContext<(() => void) | null>(null);

export function useOpenSettings(): (() => void) | null {
  return useContext(OpenSettingsContext);
}
