import type { AnchorHTMLAttributes, MouseEvent } from "react";
import { navigate } from "./location.ts";

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  to: string;
  replace?: boolean;
}

/** An anchor that navigates in the page; modified clicks (new tab, download) stay the browser's. */
export function Link({ to, replace, onClick, ...rest }: LinkProps) {
  const click = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.metaKey ||
      event.ctrlKey ||
      event.shiftKey ||
      event.altKey ||
      rest.target
    )
      return;
    event.preventDefault();
    navigate(to, replace ? { replace } : {});
  };
  return <a href={to} onClick={click} {...rest} />;
}
