import { messageIn } from "./bilingual";

describe("messageIn", () => {
  it.each([
    [
      "スピル範囲が空白ではありません。 / The spill range isn't blank.",
      "スピル範囲が空白ではありません。",
      "The spill range isn't blank.",
    ],
    [
      "「X」はコンソーシアム型の補助金です。SME.GOTECH / SME.GOTECHCHECK を使ってください。 / “X” is a consortium grant. Use SME.GOTECH / SME.GOTECHCHECK.",
      "「X」はコンソーシアム型の補助金です。SME.GOTECH / SME.GOTECHCHECK を使ってください。",
      "“X” is a consortium grant. Use SME.GOTECH / SME.GOTECHCHECK.",
    ],
    [
      "「小規模」が指定されましたが、従業員 30 人は定義を超えています。 / The 小規模 flag was given, but 30 employees exceed the definition.",
      "「小規模」が指定されましたが、従業員 30 人は定義を超えています。",
      "The 小規模 flag was given, but 30 employees exceed the definition.",
    ],
    [
      "補助金「NO」は見つかりません。もしかして「GOTECH:通常枠」ですか？（SME.PROGRAMS で一覧: GOTECH-R6:通常枠, MONO-23:グローバル枠） / Programme 'NO' not found. Did you mean 'GOTECH:通常枠'? (SME.PROGRAMS lists: GOTECH-R6:通常枠, MONO-23:グローバル枠)",
      "補助金「NO」は見つかりません。もしかして「GOTECH:通常枠」ですか？（SME.PROGRAMS で一覧: GOTECH-R6:通常枠, MONO-23:グローバル枠）",
      "Programme 'NO' not found. Did you mean 'GOTECH:通常枠'? (SME.PROGRAMS lists: GOTECH-R6:通常枠, MONO-23:グローバル枠)",
    ],
    [
      "ROUND: 引数は 2 個です / ROUND: needs 2 arguments",
      "ROUND: 引数は 2 個です",
      "ROUND: needs 2 arguments",
    ],
    ["Waiting", "Waiting", "Waiting"],
  ])("%s", (message, ja, en) => {
    expect(messageIn(message, "ja")).toBe(ja);
    expect(messageIn(message, "en")).toBe(en);
  });
});
