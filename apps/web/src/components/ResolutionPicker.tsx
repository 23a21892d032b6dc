/**
 * Choosing a resolution by typing its symbol: the library's symbols that start with what is typed
 * ("A/RES/78/") or end with it ("79/154") are suggested with their titles, asked of the server as
 * one types; and what is typed is a filter too, a tail naming every resolution it ends.
 */

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useDeferredValue, useState } from "react";
import { message } from "../i18n/translated.ts";
import { useTRPC } from "../trpc.ts";
import { Combobox } from "./Combobox.tsx";

export function ResolutionPicker({
  label,
  value,
  onChange,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (symbol: string) => void;
  placeholder?: string;
}) {
  const trpc = useTRPC();
  const [typed, setTyped] = useState("");
  const words = useDeferredValue(typed.trim().slice(0, 60));
  const found = useQuery({
    ...trpc.resolutions.list.queryOptions({ symbol: words, limit: 8, offset: 0 }),
    enabled: words.length > 0,
    placeholderData: keepPreviousData,
  });
  const options = (words ? (found.data?.items ?? []) : []).map((r) => ({
    value: r.symbol,
    label: r.symbol,
    ...(r.title ? { detail: r.title.length > 90 ? `${r.title.slice(0, 89)}…` : r.title } : {}),
  }));
  return (
    <Combobox
      label={label}
      value={value}
      options={options}
      onChange={onChange}
      anyLabel={message("picker.anyResolution")}
      placeholder={placeholder}
      freeText
      onType={setTyped}
      emptyText={words ? message("picker.noSymbol") : ""}
    />
  );
}
