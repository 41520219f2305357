// Ribbon commands. With the shared runtime they run in the task pane's page (FunctionFile = taskpane.html).
import { requestFormulaRefresh } from "../functions/refresh";

async function refreshStatisticsFormulas(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await requestFormulaRefresh();
  } finally {
    event.completed();
  }
}

if (typeof Office !== "undefined") {
  Office.onReady(() => {
    Office.actions.associate("refreshStatisticsFormulas", refreshStatisticsFormulas);
  });
}
