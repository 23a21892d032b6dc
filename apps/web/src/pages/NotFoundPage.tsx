import { Trans, useTranslation } from "react-i18next";
import { usePageTitle } from "../components/usePageTitle.ts";
import { Link } from "../router/Link.tsx";

export default function NotFoundPage() {
  const { t } = useTranslation();
  usePageTitle(t("notFound.title"));
  return (
    <div className="page">
      <h1>{t("notFound.heading")}</h1>
      <p>
        <Trans
          i18nKey="notFound.text"
          components={{ library: <Link to="/" />, obligations: <Link to="/obligations" /> }}
        />
      </p>
    </div>
  );
}
