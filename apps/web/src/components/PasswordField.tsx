import { useTranslation } from "react-i18next";
import { generatePassword } from "../lib/accounts.ts";
import { TextField } from "./TextField.tsx";

/**
 * A password an admin sets for someone else: shown as typed, not masked, since the admin hands it
 * over; "Generate" fills a random one.
 */
export function PasswordField({
  label,
  value,
  onChange,
  error,
  hint,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextField
      label={label}
      value={value}
      onChange={onChange}
      error={error}
      hint={hint}
      autoComplete="new-password"
    >
      <button
        type="button"
        className="button button-quiet"
        onClick={() => onChange(generatePassword())}
      >
        {t("accountForm.generate")}
      </button>
    </TextField>
  );
}
