/** What the tracker's keys do, folded away until asked for. */
import { Trans, useTranslation } from "react-i18next";

const keys = ["tab", "arrows", "space", "status", "edit"] as const;

export function KeyboardHelp() {
  const { t } = useTranslation();
  return (
    <details className="keyboard-help small">
      <summary>{t("keyboard.title")}</summary>
      <ul>
        {keys.map((key) => (
          <li key={key}>
            <Trans i18nKey={`keyboard.${key}`} components={{ kbd: <kbd /> }} />
          </li>
        ))}
      </ul>
    </details>
  );
}
