// The practice-system simulator's behaviour: fill the pickers, register a launch, open Klinik+,
// and drive the mock API's demo controls (reset, fault switch) on the app's origin.
const appOrigin = document.body.dataset.appOrigin;
const $ = (id) => document.getElementById(id);
const ROLE = { doctor: 'Læge', nurse: 'Sygeplejerske', secretary: 'Lægesekretær' };
let options = { clinics: [], users: [], regions: {} };

function option(value, text) {
  const element = document.createElement('option');
  element.value = value;
  element.textContent = text;
  return element;
}

let patientsRequest = 0;

async function loadPatients(ydernummer) {
  const select = $('patient');
  select.replaceChildren(option('', 'Ingen patient'));
  // Only the latest clinic's answer may fill the list, however the answers arrive.
  const request = ++patientsRequest;
  try {
    const response = await fetch(`/simulator/patients?ydernummer=${encodeURIComponent(ydernummer)}`);
    const patients = await response.json();
    if (request !== patientsRequest) return;
    for (const p of patients) {
      const masked = `${p.cpr.slice(0, 6)}-xxxx`;
      select.append(option(p.cpr, `${p.name}, ${p.age} år (${masked})`));
    }
  } catch {
    $('launch-status').textContent = 'Patientlisten kunne ikke hentes.';
  }
}

function showUser() {
  const user = options.users.find((u) => u.accountId === $('user').value);
  $('user-info').textContent = user
    ? `${ROLE[user.role]} · sundheds-id: ${user.sundhedsId ? 'ja' : 'nej'}`
    : '';
}

async function selectClinic() {
  const clinic = options.clinics.find((c) => c.ydernummer === $('clinic').value);
  if (!clinic) return;
  $('clinic-info').textContent =
    `${options.regions[clinic.regionCode]} · ydernr. ${clinic.ydernummer} · ${clinic.listSize.toLocaleString('da-DK')} tilmeldte patienter`;
  const users = $('user');
  users.replaceChildren(
    ...options.users
      .filter((u) => u.ydernummer === clinic.ydernummer)
      .map((u) => option(u.accountId, `${u.name} (${ROLE[u.role]})`)),
  );
  showUser();
  await loadPatients(clinic.ydernummer);
}

async function openKlinik(event) {
  event.preventDefault();
  $('launch-status').textContent = 'Åbner Klinik+ …';
  const response = await fetch('/dev/launch', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-LPS-Simulator': '1' },
    body: JSON.stringify({
      accountId: $('user').value,
      patientCpr: $('patient').value || undefined,
      intent: $('intent').value || undefined,
    }),
  });
  if (!response.ok) {
    $('launch-status').textContent = 'Klinik+ kunne ikke åbnes: launch blev afvist.';
    return;
  }
  const { url } = await response.json();
  if ($('new-tab').checked) {
    window.open(url, '_blank', 'noopener');
    $('launch-status').textContent = 'Klinik+ er åbnet i en ny fane.';
  } else {
    window.location.assign(url);
  }
}

async function demoControl(path, init) {
  try {
    const response = await fetch(`${appOrigin}/__mock/${path}`, init);
    if (!response.ok) throw new Error(String(response.status));
    return await response.json();
  } catch {
    $('demo-status').textContent = 'Demo-styringen kan ikke nås. Kører Klinik+-serveren?';
    return null;
  }
}

async function showFaults() {
  const state = await demoControl('faults');
  if (!state) return;
  const list = $('fault-list');
  list.replaceChildren(
    ...(state.faults.length
      ? state.faults.map((f) =>
          Object.assign(document.createElement('li'), {
            textContent: `${f.api}: ${f.fault}${f.latencyMs ? ` (${f.latencyMs} ms)` : ''}`,
          }),
        )
      : [Object.assign(document.createElement('li'), { textContent: 'Ingen – normal drift' })]),
  );
}

async function setFault(event) {
  event.preventDefault();
  const body = {
    api: $('fault-api').value,
    fault: $('fault-kind').value,
    latencyMs: Number($('fault-latency').value),
  };
  if (
    await demoControl('faults', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  ) {
    $('demo-status').textContent = 'Fejlkontakten er opdateret.';
    await showFaults();
  }
}

async function resetDemo() {
  if (await demoControl('reset', { method: 'POST' })) {
    $('demo-status').textContent = 'Demodata er nulstillet.';
    await showFaults();
  }
}

async function init() {
  options = await (await fetch('/simulator/options')).json();
  $('clinic').replaceChildren(
    ...options.clinics.map((c) => option(c.ydernummer, `${c.name} (${c.address.city})`)),
  );
  $('clinic').addEventListener('change', selectClinic);
  $('user').addEventListener('change', showUser);
  $('launch-form').addEventListener('submit', openKlinik);
  $('fault-form').addEventListener('submit', setFault);
  $('reset-demo').addEventListener('click', resetDemo);
  await selectClinic();
  await showFaults();
}

void init();
