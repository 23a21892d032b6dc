/**
 * Downloads of the tracker's current view: CSV and Excel (the server streams them, with the same
 * filters the table shows), and for one resolution its report draft, previewed before download.
 */
import { useTranslation } from "react-i18next";
import { Link } from "../router/Link.tsx";
import { reportPath } from "../router/location.ts";

export const exportHref = (format: "csv" | "xlsx", filters: object): string =>
  `/export/obligations.${format}?filters=${encodeURIComponent(JSON.stringify(filters))}`;

export function ExportLinks({
  filters,
  resolution,
}: {
  filters: object;
  resolution?: string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <nav className="export-links" aria-label={t("export.label")}>
      <a className="button button-small button-quiet" href={exportHref("csv", filters)} download>
        {t("export.csv")}
      </a>{" "}
      <a className="button button-small button-quiet" href={exportHref("xlsx", filters)} download>
        {t("export.excel")}
      </a>
      {resolution ? (
        <>
          {" "}
          <Link className="button button-small button-quiet" to={reportPath(resolution)}>
            {t("export.report")}
          </Link>
        </>
      ) : null}
    </nav>
  );
}
