import { usePageTitle } from "../components/usePageTitle.ts";
import { Link } from "../router/Link.tsx";

export default function NotFoundPage() {
  usePageTitle("Not found");
  return (
    <div className="page">
      <h1>Nothing at this address</h1>
      <p>
        The page may have moved. Start from the <Link to="/">library</Link> or the{" "}
        <Link to="/obligations">obligations</Link>.
      </p>
    </div>
  );
}
