// Which web hosts may be named to a user as the source of a rule or figure. A figure may be CHECKED on any
// page (a news site, a consultant's summary, a GitHub transcription), but what the user sees as its source
// must be the publisher's own site: a ministry or agency (go.jp, e-Gov), the OECD, or the organisation that
// publishes the tally itself (連合 for its 春季生活闘争 回答集計). The list is explicit so that adding a
// host is a reviewed change.

/** Host suffixes of official publishers. A host matches when it equals the suffix or ends with "." + suffix. */
export const OFFICIAL_HOST_SUFFIXES: readonly string[] = [
  // Japanese government: ministries, agencies, councils, incorporated administrative agencies (中小機構 smrj.go.jp,
  // NISTEP nistep.go.jp, JILPT jil.go.jp, JEED jeed.go.jp, 会計検査院 jbaudit.go.jp), e-Gov law text.
  "go.jp",
  // 地方公共団体 (prefectural minimum-wage pages of 労働局 are go.jp; prefectures themselves are lg.jp).
  "lg.jp",
  // OECD (MSTI releases, data explorer).
  "oecd.org",
  // 日本労働組合総連合会 (連合): publisher of the 春季生活闘争 回答集計.
  "jtuc-rengo.or.jp",
  // Issuers and secretariats of subsidy 公募要領 (data/programs): 日本商工会議所, 全国商工会連合会,
  // 全国中小企業団体中央会 and the ものづくり補助金 / 持続化補助金 事務局 sites that publish the 公募要領.
  "jcci.or.jp",
  "shokokai.or.jp",
  "chuokai.or.jp",
  "monodukuri-hojo.jp",
  "jizokukahojokin.info",
  // 全国商工会連合会's 持続化補助金 事務局 site for 商工会地区 (www.jizokukanb.com/jizokuka_r6h/, official.jizokukanb.com
  // from 2026), which publishes the 商工会地区 公募要領; the 商工会議所地区 one is jizokukahojokin.info.
  "jizokukanb.com",
];

/** The host of an http(s) URL in lower case, or undefined when `url` is not one. */
export function hostOf(url: string): string | undefined {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url.trim());
  return m ? m[1].toLowerCase() : undefined;
}

/** True when `url` is an http(s) address on an official publisher's host (see OFFICIAL_HOST_SUFFIXES). */
export function isOfficialUrl(url: string): boolean {
  const host = hostOf(url);
  if (host === undefined) return false;
  return OFFICIAL_HOST_SUFFIXES.some((s) => host === s || host.endsWith(`.${s}`));
}
