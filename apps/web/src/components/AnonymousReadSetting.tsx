/** The instance setting "Reading without an account", switched on and off by an admin. */
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../trpc.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";

export function AnonymousReadSetting() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const id = useId();
  const settings = useQuery(trpc.users.settings.queryOptions());
  // What was asked for shows at once, not after the mutation's state catches up with the click.
  const [wanted, setWanted] = useState<boolean | null>(null);
  const set = useMutation(
    trpc.users.setAnonymousRead.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.users.settings.queryKey(), saved);
        // The session says whether the library is open to readers without an account.
        await queryClient.invalidateQueries(trpc.users.me.queryFilter());
      },
      onError: () => setWanted(null),
    }),
  );
  const on = wanted ?? settings.data?.anonymousRead;
  const problem = set.error ?? settings.error;
  return (
    <section className="account-setting" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t("anonymousRead.title")}</h2>
      <p id={`${id}-hint`} className="hint">
        {t("anonymousRead.hint")}
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          // Shown unticked and disabled until the setting arrives, in the same place.
          checked={on ?? false}
          disabled={settings.isPending || set.isPending}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setWanted(e.target.checked);
            set.mutate({ anonymousRead: e.target.checked });
          }}
        />
        {t("anonymousRead.label")}
      </label>
      <p role="status" className="form-status">
        {set.isSuccess ? t("anonymousRead.saved") : null}
      </p>
      <ErrorMessage error={problem} />
    </section>
  );
}
