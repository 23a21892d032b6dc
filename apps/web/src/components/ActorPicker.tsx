/**
 * Choosing an actor from the registry (a few hundred) by typing part of any of its names: each
 * with how many obligations in force it bears; those that bear none are left out until asked for
 * (the last entry of the list), or when one of them is the value.
 */

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { message } from "../i18n/translated.ts";
import { useTRPC } from "../trpc.ts";
import { Combobox, type ComboOption } from "./Combobox.tsx";
import { useActors } from "./useActors.ts";

/** "United Nations Office on Drugs and Crime (UNODC)": the name, and the short name it differs from. */
export const actorOptionLabel = (a: { name: string; shortName?: string | null }): string =>
  a.shortName && a.shortName !== a.name ? `${a.name} (${a.shortName})` : a.name;

export function ActorPicker({
  label,
  value,
  onChange,
  anyLabel,
  hint,
}: {
  label: string;
  value: string;
  onChange: (actorId: string) => void;
  anyLabel: string;
  hint?: string;
}) {
  const trpc = useTRPC();
  const { list } = useActors();
  const counts = useQuery({
    ...trpc.actors.obligationCounts.queryOptions(undefined, { staleTime: 60_000 }),
  }).data;
  const [all, setAll] = useState(false);
  const options = useMemo(
    () =>
      list
        .filter((a) => all || !counts || (counts[a.id] ?? 0) > 0 || a.id === value)
        .map(
          (a): ComboOption => ({
            value: a.id,
            label: actorOptionLabel(a),
            ...(counts
              ? { detail: message("counts.obligations", { count: counts[a.id] ?? 0 }) }
              : {}),
            keywords: [...(a.shortName ? [a.shortName] : []), ...a.aliases],
          }),
        ),
    [list, counts, all, value],
  );
  const left = list.length - options.length;
  return (
    <Combobox
      label={label}
      value={value}
      options={options}
      onChange={onChange}
      anyLabel={anyLabel}
      placeholder={message("picker.typeName")}
      hint={hint}
      action={
        left > 0
          ? {
              label: message("picker.moreActors", { count: left }),
              run: () => setAll(true),
            }
          : undefined
      }
    />
  );
}
