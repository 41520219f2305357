import {
  FluentProvider,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  webLightTheme,
} from "@fluentui/react-components";
import { dictionaries } from "../i18n";

/** Why the pane cannot start: office.js missing, Office did not answer, or a host other than Excel. */
export type OutsideReason =
  { kind: "noOfficeJs" } | { kind: "timeout"; seconds: number } | { kind: "notExcel"; host: string };

function detail(reason: OutsideReason, lang: "ja" | "en"): string {
  const t = dictionaries[lang];
  if (reason.kind === "noOfficeJs") return t.outsideNoOfficeJs;
  if (reason.kind === "timeout") return t.outsideTimeout.replace("{seconds}", String(reason.seconds));
  return reason.host === "" ? t.outsideNoHost : t.outsideOtherHost.replace("{host}", reason.host);
}

/**
 * Shown instead of the pane when the page is not running inside Excel (opened in a browser, or in
 * another Office application). No language is known there, so it speaks Japanese and English.
 */
export function OutsideOffice({ reason }: { reason: OutsideReason }) {
  return (
    <FluentProvider theme={webLightTheme}>
      <main
        style={{ padding: 16, display: "flex", flexDirection: "column", gap: 12 }}
        data-testid="outside-office"
      >
        {(["ja", "en"] as const).map((lang) => (
          <MessageBar key={lang} intent="warning" layout="multiline" lang={lang}>
            <MessageBarBody style={{ overflowWrap: "anywhere" }}>
              <MessageBarTitle>{dictionaries[lang].outsideTitle}</MessageBarTitle>
              {detail(reason, lang)} {dictionaries[lang].outsideHowTo}
            </MessageBarBody>
          </MessageBar>
        ))}
        <Link href="playground.html">{`${dictionaries.ja.outsidePlayground} / ${dictionaries.en.outsidePlayground}`}</Link>
      </main>
    </FluentProvider>
  );
}
