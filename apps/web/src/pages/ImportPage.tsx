/**
 * Import a resolution: paste its text or choose a file (its text, its Akoma Ntoso XML, a Word file
 * or its PDF, whose text is read here, pdf.js loaded only then, and is what is previewed and sent). The parser runs here in the
 * browser on every change, so what will be stored is visible before saving; the server parses the
 * same text again when it stores it. Bad files are refused with what to do instead.
 */

import { ParseError, parseResolution } from "@mandates/parser";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useDeferredValue, useEffect, useId, useMemo, useState } from "react";
import { Trans, useTranslation } from "react-i18next";
import { ErrorMessage } from "../components/ErrorMessage.tsx";
import { ImportChanges, type ImportPreview } from "../components/ImportChanges.tsx";
import { ParsePreview } from "../components/ParsePreview.tsx";
import { usePageTitle } from "../components/usePageTitle.ts";
import { useSession } from "../components/useSession.ts";
import { acceptedFileTypes, readChosenFile } from "../lib/input-checks.ts";
import { mayEdit } from "../lib/permissions.ts";
import { Link } from "../router/Link.tsx";
import { navigate, resolutionPath } from "../router/location.ts";
import { errorMessage, useTRPC } from "../trpc.ts";

export default function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t("import.title"));
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { user } = useSession();
  const id = useId();
  const [text, setText] = useState("");
  const [source, setSource] = useState<string | null>(null);
  // For a text that prints no symbol (a draft from a Word file): the library keys by symbol.
  const [symbol, setSymbol] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [reading, setReading] = useState<string | null>(null);
  const deferred = useDeferredValue(text);

  const parsed = useMemo(() => {
    if (!deferred.trim()) return null;
    try {
      return { ok: true as const, resolution: parseResolution(deferred) };
    } catch (error) {
      return {
        ok: false as const,
        message:
          error instanceof ParseError
            ? error.message
            : t("import.parserFailed", { error: errorMessage(error) }),
      };
    }
  }, [deferred, t]);

  const save = useMutation(
    trpc.resolutions.import.mutationOptions({
      onSuccess: async (result) => {
        await queryClient.invalidateQueries(trpc.resolutions.pathFilter());
        navigate(resolutionPath(result.symbol));
      },
    }),
  );

  const previewing = useMutation(trpc.resolutions.previewImport.mutationOptions());
  const [preview, setPreview] = useState<{
    key: string;
    result: ImportPreview | null;
    error: unknown;
  } | null>(null);
  const previewInput =
    parsed?.ok === true && (parsed.resolution.symbol || symbol.trim()) && deferred === text
      ? {
          key: `${symbol.trim()}\u0000${source ?? ""}\u0000${deferred}`,
          text: deferred,
          ...(source ? { source } : {}),
          ...(!parsed.resolution.symbol ? { symbol: symbol.trim() } : {}),
        }
      : null;
  const previewRun = previewing.mutateAsync;
  useEffect(() => {
    if (!previewInput || !mayEdit(user)) return;
    const { key, ...input } = previewInput;
    let current = true;
    // After a pause, so that typing a symbol or editing the text does not ask at every key.
    const timer = setTimeout(() => {
      setPreview({ key, result: null, error: null });
      previewRun(input)
        .then((result) => current && setPreview({ key, result, error: null }))
        .catch((error: unknown) => current && setPreview({ key, result: null, error }));
    }, 300);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [previewInput?.key, previewRun, user]);

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileError(null);
    setReading(file.name);
    const check = await readChosenFile(file.name, new Uint8Array(await file.arrayBuffer())).catch(
      (error: unknown) => ({
        ok: false as const,
        message: t("import.fileFailed", { file: file.name, error: errorMessage(error) }),
      }),
    );
    setReading(null);
    if (!check.ok) {
      setFileError(check.message);
      return;
    }
    setText(check.text);
    setSource(file.name);
  };

  if (!mayEdit(user))
    return (
      <div className="page">
        <h1>{t("import.heading")}</h1>
        <p>
          <Trans i18nKey="import.needsEditor" components={{ signIn: <Link to="/sign-in" /> }} />
        </p>
      </div>
    );

  const stale = deferred !== text;
  const needsSymbol = parsed?.ok === true && !parsed.resolution.symbol;
  const givenSymbol = symbol.trim();
  const named = parsed?.ok === true && (!needsSymbol || givenSymbol !== "");
  // What saving will change, for the text as it stands (a later answer for an older text is dropped).
  const previewKey = named && !stale ? `${givenSymbol}\u0000${source ?? ""}\u0000${deferred}` : "";
  const refused = preview?.key === previewKey ? preview.result?.refusal : null;
  const ready = named && !refused;
  return (
    <div className="page page-wide">
      <h1>{t("import.heading")}</h1>
      <p className="lede">{t("import.lede")}</p>
      <div className="import-layout">
        <form
          className="form import-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (ready)
              save.mutate({
                text,
                ...(source ? { source } : {}),
                ...(needsSymbol ? { symbol: givenSymbol } : {}),
              });
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-file`}>{t("import.file")}</label>
            <input
              id={`${id}-file`}
              type="file"
              accept={acceptedFileTypes}
              onChange={chooseFile}
              aria-describedby={fileError ? `${id}-file-error` : undefined}
            />
            {reading ? (
              <p role="status" className="hint">
                {t("import.reading", { file: reading })}
              </p>
            ) : null}
            <ErrorMessage error={fileError} id={`${id}-file-error`} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-text`}>{t("import.text")}</label>
            <textarea
              id={`${id}-text`}
              className="import-text"
              rows={18}
              spellCheck={false}
              value={text}
              onChange={(e) => {
                setText(e.target.value);
                setSource(null);
                setFileError(null);
              }}
              placeholder={t("import.textPlaceholder")}
            />
          </div>
          {needsSymbol ? (
            <div className="field">
              <label htmlFor={`${id}-symbol`}>{t("import.symbol")}</label>
              <input
                id={`${id}-symbol`}
                type="text"
                required
                value={symbol}
                onChange={(e) => setSymbol(e.target.value)}
                placeholder="A/C.3/80/L.4"
                aria-describedby={`${id}-symbol-hint`}
              />
              <p id={`${id}-symbol-hint`} className="hint">
                {t("import.symbolHint")}
              </p>
            </div>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button" disabled={!ready || stale || save.isPending}>
              {save.isPending ? t("import.saving") : t("import.save")}
            </button>
            <p role="status" className="form-status">
              {save.error || !parsed?.ok
                ? ""
                : refused
                  ? t("import.refused")
                  : ready
                    ? t("import.ready", { symbol: parsed.resolution.symbol ?? givenSymbol })
                    : t("import.giveSymbol")}
            </p>
          </div>
          <ErrorMessage error={save.error} />
          {named && preview?.key === previewKey ? (
            <div className="import-changes-box" aria-live="polite">
              {preview.result ? (
                <ImportChanges preview={preview.result} />
              ) : preview.error ? (
                <ErrorMessage error={preview.error} />
              ) : (
                <p className="hint">{t("import.comparing")}</p>
              )}
            </div>
          ) : null}
        </form>
        <div className="import-preview" aria-live="polite" aria-busy={stale}>
          {parsed === null ? (
            <p className="muted">{t("import.parseHere")}</p>
          ) : parsed.ok ? (
            <ParsePreview resolution={parsed.resolution} />
          ) : (
            <p role="alert" className="error">
              {parsed.message}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
