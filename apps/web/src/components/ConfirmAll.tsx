/**
 * "Confirm all extracted values" for one resolution: a person who has read the parse and found it
 * right confirms, in one step, every value of its obligations that nobody has confirmed or
 * corrected yet. Asked twice (it changes many obligations at once); an editor limited to some
 * actors confirms those in their scope, and is told how many others were left as they were.
 */
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../trpc.ts";
import { ErrorMessage } from "./ErrorMessage.tsx";
import { useInvalidateTracking } from "./useInvalidate.ts";

export function ConfirmAll({ symbol }: { symbol: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidateTracking();
  const [asking, setAsking] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const confirm = useMutation(trpc.tracking.confirmAll.mutationOptions());
  const run = async () => {
    setDone(null);
    try {
      const result = await confirm.mutateAsync({ symbol });
      setAsking(false);
      setDone(
        t("confirmAll.done", { count: result.confirmed, symbol }) +
          (result.outsideScope ? t("confirmAll.outside", { count: result.outsideScope }) : "") +
          t("confirmAll.end"),
      );
      await invalidate();
    } catch {
      setAsking(false);
    }
  };
  return (
    <div className="confirm-all">
      {asking ? (
        <>
          <span>{t("confirmAll.ask", { symbol })}</span>
          <button type="button" className="button" onClick={run} disabled={confirm.isPending}>
            {confirm.isPending ? t("confirmAll.confirming") : t("confirmAll.yes")}
          </button>
          <button type="button" className="button button-quiet" onClick={() => setAsking(false)}>
            {t("confirmAll.cancel")}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => {
            setDone(null);
            setAsking(true);
          }}
        >
          {t("confirmAll.button")}
        </button>
      )}
      <p role="status" className="form-status">
        {done}
      </p>
      <ErrorMessage error={confirm.error} />
    </div>
  );
}
