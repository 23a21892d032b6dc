/**
 * Import a resolution: paste its text or choose a file (its text, its Akoma Ntoso XML, a Word file
 * or its PDF, whose text is read here, pdf.js loaded only then, and is what is previewed and sent). The parser runs here in the
 * browser on every change, so what will be stored is visible before saving; the server parses the
 * same text again when it stores it. Bad files are refused with what to do instead.
 */
import { ParseError, parseResolution } from "@mandates/parser";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useDeferredValue, useEffect, useId, useMemo, useState } from "react";
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
  usePageTitle("Import");
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
            : `The parser could not read this text: ${errorMessage(error)}`,
      };
    }
  }, [deferred]);

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
        message: `${file.name} could not be read: ${errorMessage(error)}`,
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
        <h1>Import a resolution</h1>
        <p>
          Importing needs an editor's account. <Link to="/sign-in">Sign in</Link> with one.
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
      <h1>Import a resolution</h1>
      <p className="lede">
        Paste the text of a resolution or choose a file: the official PDF (its text is read here), a
        text file, the resolution's Akoma Ntoso XML as the UN publishes it, or a Word file. What the
        parser reads shows beside it as you go; nothing is saved until you say so.
      </p>
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
            <label htmlFor={`${id}-file`}>PDF, text file, Akoma Ntoso XML or Word file</label>
            <input
              id={`${id}-file`}
              type="file"
              accept={acceptedFileTypes}
              onChange={chooseFile}
              aria-describedby={fileError ? `${id}-file-error` : undefined}
            />
            {reading ? (
              <p role="status" className="hint">
                Reading {reading}…
              </p>
            ) : null}
            <ErrorMessage error={fileError} id={`${id}-file-error`} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-text`}>Text</label>
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
              placeholder="Economic and Social Council … Resolution adopted by the Economic and Social Council on …"
            />
          </div>
          {needsSymbol ? (
            <div className="field">
              <label htmlFor={`${id}-symbol`}>Symbol</label>
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
                This text prints no symbol, and the library keeps each resolution under one: give
                the symbol it should be found by.
              </p>
            </div>
          ) : null}
          <div className="form-actions">
            <button type="submit" className="button" disabled={!ready || stale || save.isPending}>
              {save.isPending ? "Saving…" : "Save to the library"}
            </button>
            <p role="status" className="form-status">
              {save.error || !parsed?.ok
                ? ""
                : refused
                  ? "Not saved: see why below."
                  : ready
                    ? `Ready: ${parsed.resolution.symbol ?? givenSymbol}`
                    : "Give it a symbol to save it."}
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
                <p className="hint">Comparing with the library…</p>
              )}
            </div>
          ) : null}
        </form>
        <div className="import-preview" aria-live="polite" aria-busy={stale}>
          {parsed === null ? (
            <p className="muted">The parse will show here.</p>
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
