import { Button } from "@fluentui/react-components";
import { ArrowSync24Regular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import type { TaskpaneActions } from "../actions";
import { formatDateTime, useI18n } from "../i18n";
import { ErrorBar, InfoBar, usePaneStyles } from "./common";

/**
 * The OECD dataflow catalogue the search uses: bundled, or refreshed from the live dataflow list. The
 * refresh is one structure request (not a data download, so the hourly budget is not spent).
 */
export function OecdCatalogueSettings({
  actions,
}: {
  actions: Pick<TaskpaneActions, "getOecdCatalogueInfo" | "refreshOecdCatalogue">;
}) {
  const { t, lang } = useI18n();
  const styles = usePaneStyles();
  const [info, setInfo] = useState<{ count: number; refreshedAt?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: true } | { ok: false; error: unknown } | null>(null);
  useEffect(() => {
    actions.getOecdCatalogueInfo().then(setInfo, () => setInfo(null));
  }, [actions]);

  async function refresh() {
    setBusy(true);
    setOutcome(null);
    try {
      setInfo(await actions.refreshOecdCatalogue());
      setOutcome({ ok: true });
    } catch (error) {
      setOutcome({ ok: false, error });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <h3 className={styles.subheading}>{t("oecdCatalogueHeading")}</h3>
      <div className={styles.row}>
        {info && (
          <span data-testid="oecd-catalogue-info">
            {info.refreshedAt
              ? t("oecdCatalogueRefreshed", { count: info.count, at: formatDateTime(info.refreshedAt, lang) })
              : t("oecdCatalogueBundled", { count: info.count })}
          </span>
        )}
        <Button icon={<ArrowSync24Regular />} disabled={busy} onClick={refresh}>
          {busy ? t("oecdCatalogueRefreshing") : t("oecdCatalogueRefresh")}
        </Button>
      </div>
      {outcome?.ok === true && <InfoBar intent="success">{t("oecdCatalogueDone")}</InfoBar>}
      {outcome?.ok === false && <ErrorBar title={t("oecdCatalogueFailed")} error={outcome.error} />}
    </>
  );
}
