import { useEffect } from "react";

/** The browser tab and screen readers' page title: "E/RES/2015/23 · Mandates". */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · Mandates` : "Mandates";
  }, [title]);
}
