import { REGION_NAMES } from '../../data/clinics.ts';

/** The practice-system simulator: the demo's front door. Plain HTML; behaviour in simulator.js. */
export function simulatorPage(appOrigin: string): string {
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lægepraksissystem (simulator) – Klinik+ demo</title>
<link rel="stylesheet" href="/simulator/style.css">
<link rel="icon" href="data:,">
<script src="/simulator/simulator.js" defer></script>
</head>
<body data-app-origin="${appOrigin}">
<header class="bar"><strong>Lægepraksissystem</strong> <span>(simulator til Klinik+ demo)</span></header>
<main class="layout">
  <section class="card" aria-labelledby="launch-heading">
    <h1 id="launch-heading">Åbn Klinik+</h1>
    <p class="note">Alle klinikker, brugere og patienter er syntetiske demodata. CPR-numrene er erstatningsnumre, der ikke kan tilhøre en virkelig person.</p>
    <form id="launch-form">
      <div class="field"><label for="clinic">Klinik</label><select id="clinic" name="clinic" required></select>
        <p class="hint" id="clinic-info" aria-live="polite"></p></div>
      <div class="field"><label for="user">Bruger</label><select id="user" name="user" required></select>
        <p class="hint" id="user-info" aria-live="polite"></p></div>
      <div class="field"><label for="patient">Patient i kontekst</label><select id="patient" name="patient"><option value="">Ingen patient</option></select></div>
      <div class="field"><label for="intent">Åbn i webapp</label><select id="intent" name="intent">
        <option value="">Forsiden</option>
        <option value="soeg-speciallaege">Søg speciallæge</option>
        <option value="aftalevisning">Aftalevisning</option>
        <option value="klinikbeskeder">Klinikbeskeder</option>
        <option value="ydelsesoverblik">Ydelsesoverblik</option>
        <option value="aim">AIM</option>
      </select></div>
      <div class="field checkbox"><input type="checkbox" id="new-tab" name="newTab"><label for="new-tab">Åbn i en ny fane</label></div>
      <button type="submit" id="open-klinik">Åbn Klinik+</button>
      <p id="launch-status" role="status" class="status"></p>
    </form>
  </section>
  <section class="card" aria-labelledby="demo-heading">
    <h2 id="demo-heading">Demo-styring</h2>
    <h3>Demodata</h3>
    <p>Sendte beskeder, kladder og skabeloner gemmes, til demoen nulstilles.</p>
    <button type="button" id="reset-demo" class="secondary">Nulstil demodata</button>
    <h3>Fejlkontakt</h3>
    <form id="fault-form">
      <div class="field"><label for="fault-api">API</label><select id="fault-api" name="api">
        <option value="all">Alle</option><option value="specialists">Speciallæger og klinikker</option>
        <option value="appointments">Aftaler</option><option value="messages">Klinikbeskeder</option>
        <option value="service-usage">Ydelser</option><option value="aim">AIM</option><option value="status">Driftsstatus</option></select></div>
      <div class="field"><label for="fault-kind">Fejl</label><select id="fault-kind" name="fault">
        <option value="none">Ingen (normal drift)</option><option value="latency">Forsinkelse</option>
        <option value="500">Serverfejl (500)</option><option value="503">Utilgængelig (503 med Retry-After)</option>
        <option value="timeout">Timeout</option><option value="drop">Afbrudt forbindelse</option>
        <option value="malformed">Ulæseligt svar</option><option value="expired-token">Udløbet adgangsbillet</option></select></div>
      <div class="field"><label for="fault-latency">Forsinkelse (ms)</label><input id="fault-latency" name="latencyMs" type="number" min="0" max="30000" step="100" value="1500"></div>
      <button type="submit" class="secondary">Anvend</button>
    </form>
    <h3>Aktive fejl</h3>
    <ul id="fault-list" aria-live="polite"></ul>
    <p id="demo-status" role="status" class="status"></p>
    <h3>Regioner</h3>
    <p>${Object.values(REGION_NAMES).join(', ')}. Bornholm hører til Region Hovedstaden.</p>
  </section>
</main>
</body>
</html>`;
}
